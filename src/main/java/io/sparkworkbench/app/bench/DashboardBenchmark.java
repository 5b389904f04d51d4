package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dashboard.DashboardFilter;
import io.sparkworkbench.engine.dashboard.DashboardService;
import io.sparkworkbench.engine.dashboard.FilterChoices;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's refresh after a filter change at scale 1, warm ({@code dashboard.filter_refresh_ms}, issue 14's
 * bar is 2 s): the median over a round of different filters (country, channel, a shorter range, both), each computing
 * every card and chart as the tab does, after two warm-up refreshes. The first, cold refresh is printed beside it.
 */
final class DashboardBenchmark {

    private final SparkEngine engine;
    private final Figures figures;

    DashboardBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
    }

    void run(boolean quick) throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-dashboard");
        try {
            Path folder = root.resolve("scale1");
            new DataGenService(engine).generate(GenerationRequest.allTables(1, 42, folder, DataFormat.PARQUET)).task().future().join();
            new DatasetCatalog(engine).open(folder).future().join();
            DashboardService service = new DashboardService(engine);
            FilterChoices choices = service.choices().future().join();
            DashboardFilter all = choices.defaultFilter();
            long t0 = System.nanoTime();
            service.compute(all, folder).future().join();
            figures.print("dashboard.first_refresh_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
            service.compute(all.withChannel("web"), folder).future().join();
            service.compute(all, folder).future().join();

            List<DashboardFilter> changes = new ArrayList<>(List.of(
                    all.withCountry(choices.countries().get(0)),
                    all.withChannel(choices.channels().get(0)),
                    all.withRange(all.to().minusMonths(3).plusDays(1), all.to()),
                    all.withCountry(choices.countries().get(choices.countries().size() - 1)).withChannel(choices.channels().get(1)),
                    all));
            int rounds = quick ? 1 : 3;
            double[] ms = new double[changes.size() * rounds];
            int i = 0;
            for (int round = 0; round < rounds; round++) {
                for (DashboardFilter filter : changes) {
                    long t = System.nanoTime();
                    service.compute(filter, folder).future().join();
                    ms[i++] = (System.nanoTime() - t) / 1e6;
                }
            }
            figures.print("dashboard.filter_refresh_ms", Math.round(Figures.median(ms)), "ms");
            // The job count does not depend on the machine's load, which the milliseconds do.
            var counted = service.compute(all.withChannel(choices.channels().get(0)), folder);
            counted.future().join();
            ActionJobs.print(figures, "dashboard.filter_refresh", engine, counted);
            figures.note("dashboard: median of " + ms.length + " filter changes at scale 1 (" + rounds + " rounds of "
                    + changes.size() + "); load average at the end " + String.format(java.util.Locale.US, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        } finally {
            GenerateBenchmark.delete(root);
        }
    }
}
