package io.sparkworkbench.app.bench;

import java.util.List;
import java.util.Optional;

/** THE list of benchmark groups, in the order {@code bench} runs them when none is named. */
public final class BenchmarkGroups {

    private static final List<BenchmarkGroup> ALL = List.of(
            group("generate", "data generation at scale 1, 10 and 100 vs DuckDB",
                    run -> new GenerateBenchmark(run.localEngine(), run.figures()).run(!run.quick())),
            group("sql", "the query library: the workbench vs DuckDB and the bare session",
                    run -> new SqlBenchmark(run.localEngine(), run.figures()).run()),
            group("io", "import a ~1 GB CSV and its Parquet copy vs DuckDB; profile 5M rows",
                    run -> new IoBenchmark(run.localEngine(), run.figures()).run(run.quick())),
            group("sched", "a small query alone and beside a long background job (FAIR pools) vs one FIFO pool",
                    run -> new SchedBenchmark(run.localEngine(), run.figures()).run()),
            group("cluster", "scale 10 generation and the query library: local vs a loopback cluster of 2 workers",
                    run -> new ClusterBenchmark(run).run()),
            group("ml", "K-Means fit and k sweep at scale 1 vs Smile, scale 100 fit, churn AUC, ALS fit and precision vs popularity,"
                            + " scatterplot frame rates",
                    run -> {
                        new MlBenchmark(run.localEngine(), run.figures()).run(run.quick());
                        new ChurnBenchmark(run.localEngine(), run.figures()).run(run.quick());
                        new AlsBenchmark(run.localEngine(), run.figures()).run(run.quick());
                    }),
            group("graph", "PageRank at scale 1 vs JGraphT, scale 10 and 100; label propagation NMI vs planted communities,"
                            + " and on a 1M-edge power-law graph with and without the hub guard; graph view frame rates and layout settling",
                    run -> {
                        new GraphBenchmark(run.localEngine(), run.figures()).run(run.quick());
                        new GraphViewBenchmark().run(run.figures());
                    }),
            group("pipeline", "the end-to-end pipeline (generate, analytics tables, features, segments, churn, recommendations,"
                            + " graph) at scale 1 warm, per step, peak heap, an unchanged re-run; scale 10",
                    run -> new PipelineBenchmark(run.localEngine(), run.figures()).run(run.quick())),
            group("streaming", "the clickstream simulator's ceiling; every live query at 10k, 20k and 50k events/s with a 1 s trigger:"
                            + " the highest rate kept up with, end-to-end latency",
                    run -> new StreamingBenchmark(run.localEngine(), run.figures()).run(run.quick())),
            group("live-learning", "online learning's start on a scale-1 data set with no saved segmentation, beside every live query"
                            + " at 10k events/s: until the model is ready and the first batch is scored",
                    run -> new LiveLearningBenchmark(run.localEngine(), run.figures()).run()),
            group("startup", "whole processes with fresh settings: sql -e \"select 1\", the window's first frame, session, first chart and"
                            + " first scale-1 generation, each beside a stock SparkSession in a plain JVM (window figures need a display)",
                    run -> new StartupBenchmark(run.figures()).run(run.quick())),
            group("dashboard", "the Dashboard tab's refresh after a filter change at scale 1, warm (median), and its first refresh",
                    run -> new DashboardBenchmark(run.localEngine(), run.figures()).run(run.quick())));

    private BenchmarkGroups() {
    }

    public static List<BenchmarkGroup> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(BenchmarkGroup::name).toList();
    }

    public static Optional<BenchmarkGroup> named(String name) {
        return ALL.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    @FunctionalInterface
    interface Body {
        void run(BenchRun run) throws Exception;
    }

    static BenchmarkGroup group(String name, String description, Body body) {
        return new BenchmarkGroup() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void run(BenchRun run) throws Exception {
                body.run(run);
            }
        };
    }
}
