package io.sparkworkbench.report;

import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The renderer's fixed dashboard for tests in other packages, and a data set folder with a manifest to go with it. */
public final class ReportFixturesForUi {

    private ReportFixturesForUi() {
    }

    public static DashboardData dashboard() {
        return ReportFixtures.dashboard();
    }

    /** A folder holding only a manifest: scale 1, seed 42, 50,000 orders. */
    public static Path datasetFolder(Path parent) {
        Path folder = parent.resolve("shop");
        DatasetManifest manifest = new DatasetManifest("parquet", "1.0", "42",
                Map.of("orders", new DatasetManifest.TableEntry(50_000, "order_id BIGINT", "parquet", "1.0", "42")));
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(DatasetManifest.FILE_NAME), manifest.toText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
