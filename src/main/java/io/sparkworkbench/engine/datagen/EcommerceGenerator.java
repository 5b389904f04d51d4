package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineThreads;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.dataset.DatasetInfo;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import io.sparkworkbench.engine.dataset.TableSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the requested tables, each with one Spark job, several at a time (small tables are latency
 * bound, so concurrent jobs keep both cores busy). Row counts come from an {@link Observation} on the
 * write itself, not from a second counting job.
 */
final class EcommerceGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(EcommerceGenerator.class);
    private static final long ROWS_PER_PARTITION = 250_000;
    private static final int CONCURRENT_WRITES = 3;

    private final EngineContext context;
    private final ProgressBoard board;

    EcommerceGenerator(EngineContext context, ProgressBoard board) {
        this.context = context;
        this.board = board;
    }

    GenerationResult run(GenerationRequest request) throws Exception {
        long start = System.nanoTime();
        Map<EcommerceTable, Double> seconds = new EnumMap<>(EcommerceTable.class);
        Map<EcommerceTable, CompletableFuture<Long>> writes = writeAll(request, seconds);
        DatasetInfo registered = DatasetCatalog.register(context, request.outputFolder());
        List<TableSummary> summaries = new ArrayList<>();
        Map<String, TableSummary> listed = new java.util.HashMap<>();
        registered.tables().forEach(t -> listed.put(t.table(), t));
        for (EcommerceTable table : writes.keySet()) {
            // The folder may hold older tables too; only this run's are reported, with their write times.
            TableSummary files = listed.get(table.sqlName());
            summaries.add(new TableSummary(table.sqlName(), writes.get(table).join(), files.files(), files.bytes(),
                    seconds.get(table)));
        }
        double total = (System.nanoTime() - start) / 1e9;
        LOG.info("Generated {} tables at scale {} in {} s", summaries.size(), request.scale(), String.format("%.2f", total));
        return new GenerationResult(registered.folder(), summaries, total);
    }

    /** Writes the tables and their manifest, and registers nothing: the session's views stay the user's (a warm-up). */
    void writeOnly(GenerationRequest request) throws Exception {
        writeAll(request, new EnumMap<>(EcommerceTable.class));
    }

    private Map<EcommerceTable, CompletableFuture<Long>> writeAll(GenerationRequest request, Map<EcommerceTable, Double> seconds)
            throws Exception {
        GeneratorModel model = new GeneratorModel(request.scale(), request.seed());
        StagedOutput output = new StagedOutput(request.outputFolder());
        ExecutorService pool = EngineThreads.newPool("datagen", CONCURRENT_WRITES);
        Map<EcommerceTable, CompletableFuture<Long>> writes = new EnumMap<>(EcommerceTable.class);
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        try {
            TableFrames frames = new TableFrames(context.spark(), model);
            Map<EcommerceTable, String> schemas = new java.util.concurrent.ConcurrentHashMap<>();
            for (EcommerceTable table : WRITE_ORDER) {
                if (request.tables().contains(table)) {
                    writes.put(table, CompletableFuture.supplyAsync(() -> {
                        context.checkCancelled();
                        Dataset<Row> df = frames.build(table);
                        schemas.put(table, df.schema().toDDL());
                        return write(table, df, output, request, seconds);
                    }, pool));
                }
            }
            all = CompletableFuture.allOf(writes.values().toArray(CompletableFuture[]::new));
            awaitUnlessStopped(all);
            String format = request.format().sparkName();
            String scale = DataGenService.formatScale(request.scale());
            String seed = Long.toString(request.seed());
            Map<String, DatasetManifest.TableEntry> manifestTables = new LinkedHashMap<>();
            writes.forEach((table, write) -> manifestTables.put(table.sqlName(),
                    new DatasetManifest.TableEntry(write.join(), schemas.get(table), format, scale, seed)));
            context.checkCancelled();
            output.commit(manifestTables.keySet());
            output.writeFile(DatasetManifest.FILE_NAME, withEarlierTables(output.folder(),
                    new DatasetManifest(format, scale, seed, manifestTables)).toText());
        } catch (Exception e) {
            board.endUnfinished(context.isCancelRequested() ? TableProgress.Phase.CANCELLED : TableProgress.Phase.FAILED);
            throw e;
        } finally {
            // A write still being planned cannot be interrupted; its jobs are cancelled as they start. The
            // staging folder goes once every write has let go of it, so nothing is left behind either way.
            all.handle((ok, error) -> null).thenRun(() -> {
                output.close();
                pool.shutdown();
            });
        }
        return writes;
    }

    /**
     * A run may write only some tables into a folder that holds others; their entries (with their own
     * scale, seed and schema) stay, as long as their folders do, so the catalog still reads them right.
     */
    private static DatasetManifest withEarlierTables(Path folder, DatasetManifest latest) {
        return DatasetManifest.read(folder)
                .map(earlier -> latest.keeping(earlier, name -> Files.isDirectory(folder.resolve(name))))
                .orElse(latest);
    }

    /** Waits for the writes, but returns at once (with CancellationException) when the user stops the run. */
    private void awaitUnlessStopped(CompletableFuture<Void> all) throws Exception {
        while (true) {
            context.checkCancelled();
            try {
                all.get(50, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // still writing: check for Stop again
            } catch (ExecutionException e) {
                Throwable cause = e.getCause() instanceof CompletionException && e.getCause().getCause() != null
                        ? e.getCause().getCause() : e.getCause();
                throw cause instanceof Exception ex ? ex : e;
            }
        }
    }

    /** Largest first, so the longest write starts earliest. */
    private static final List<EcommerceTable> WRITE_ORDER = List.of(EcommerceTable.ORDER_ITEMS, EcommerceTable.ORDERS,
            EcommerceTable.SOCIAL_EDGES, EcommerceTable.CLICKSTREAM, EcommerceTable.CUSTOMERS, EcommerceTable.REVIEWS,
            EcommerceTable.PRODUCTS);

    private long write(EcommerceTable table, Dataset<Row> df, StagedOutput output, GenerationRequest request,
                       Map<EcommerceTable, Double> seconds) {
        context.checkCancelled();
        context.tagCurrentThread();
        try {
            board.writing(table);
            long t0 = System.nanoTime();
            Observation observation = new Observation("rows-" + table.sqlName() + "-" + UUID.randomUUID());
            var writer = df.observe(observation, count(lit(1)).as("rows")).write().mode(SaveMode.ErrorIfExists)
                    .format(request.format().sparkName());
            if (request.format() == DataFormat.CSV) {
                writer = writer.option("header", "true");
            }
            writer.save(output.stagingFor(table.sqlName()).toString());
            long rows = observedRows(observation);
            double took = (System.nanoTime() - t0) / 1e9;
            synchronized (seconds) {
                seconds.put(table, took);
            }
            board.done(table, rows, took);
            return rows;
        } finally {
            context.untagCurrentThread();
        }
    }

    private static long observedRows(Observation observation) {
        try {
            return ((Number) observation.getAsJava().get("rows")).longValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("Interrupted while counting rows");
        }
    }

    static int partitions(long rows) {
        return (int) Math.max(1, (rows + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION);
    }
}
