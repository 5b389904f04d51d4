package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.chart.AtomicFiles;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import io.sparkworkbench.engine.dataset.TableFilesFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Data tab's monthly revenue chart, kept beside a generated data set with the fingerprint of the files it was
 * computed from, so that opening the folder again draws the chart from a file read instead of the session's first
 * Spark query (issue 15, ADR 0057). It is used only while the three tables' files and the query are the ones it
 * was computed from; anything else and the chart is computed again.
 */
public final class StoredRevenue {

    public static final String FILE_NAME = "workbench-revenue.tsv";
    static final List<String> TABLES = List.of("orders", "order_items", "products");
    private static final Logger LOG = LoggerFactory.getLogger(StoredRevenue.class);
    private static final String HEADER = "# Monthly revenue by category, written by Spark Workbench; recomputed when its files change";
    private static final String QUERY = querySignature();

    private StoredRevenue() {
    }

    /** The chart as stored for {@code folder}, when it still describes the folder's files. */
    public static Optional<List<CategoryMonthRevenue>> read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.debug("Cannot read {}", file, e);
            return Optional.empty();
        }
        if (lines.size() < 3 || !lines.get(1).equals("query=" + QUERY)) {
            return Optional.empty();
        }
        Optional<String> now = TableFilesFingerprint.of(folder, TABLES);
        if (now.isEmpty() || !lines.get(2).equals("files=" + now.get())) {
            return Optional.empty();
        }
        List<CategoryMonthRevenue> points = new ArrayList<>();
        for (String line : lines.subList(3, lines.size())) {
            String[] cells = line.split("\t", -1);
            try {
                points.add(new CategoryMonthRevenue(YearMonth.parse(cells[0]), cells[1], Double.parseDouble(cells[2])));
            } catch (ArrayIndexOutOfBoundsException | DateTimeParseException | NumberFormatException e) {
                LOG.debug("Ignoring {}: a line reads '{}'", file, line);
                return Optional.empty();
            }
        }
        return Optional.of(points);
    }

    /**
     * Keeps {@code points}, computed from the folder's files as they are now, beside a data set the generator made
     * (it has a manifest). False, and nothing written, for other folders, for a category a line cannot hold, or
     * when the folder is read-only (an installed sample data set): the chart is then computed on each open.
     */
    public static boolean write(Path folder, List<CategoryMonthRevenue> points) {
        if (!Files.isRegularFile(folder.resolve(DatasetManifest.FILE_NAME)) || !Files.isWritable(folder)) {
            return false;
        }
        Optional<String> files = TableFilesFingerprint.of(folder, TABLES);
        if (files.isEmpty() || points.stream().anyMatch(p -> p.category() == null || p.category().matches("(?s).*[\t\r\n].*"))) {
            return false;
        }
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append("query=").append(QUERY).append('\n')
                .append("files=").append(files.get()).append('\n');
        for (CategoryMonthRevenue p : points) {
            text.append(p.month()).append('\t').append(p.category()).append('\t').append(p.revenue()).append('\n');
        }
        try {
            AtomicFiles.write(folder.resolve(FILE_NAME), out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (IOException e) {
            LOG.debug("Cannot keep the revenue chart beside {}", folder, e);
            return false;
        }
    }

    /** A new version of the query gives another signature, so a stored chart of the old one is not shown. */
    private static String querySignature() {
        byte[] sql = DatasetInsights.MONTHLY_REVENUE_SQL.getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(TableFilesFingerprint.sha256().digest(sql)).substring(0, 16);
    }
}
