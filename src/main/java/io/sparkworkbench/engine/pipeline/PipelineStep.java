package io.sparkworkbench.engine.pipeline;

import java.util.List;

/**
 * The steps of the end-to-end run, in the order they run, each with the steps whose outputs it reads (its
 * fingerprint covers theirs, so a change upstream re-runs it) and the views it leaves registered (and writes as
 * Parquet tables). The data set's own tables are the {@link #GENERATE} step's output: they live in the data set
 * folder, not beside the other steps' tables.
 */
public enum PipelineStep {
    GENERATE("generate", List.of(), List.of()),
    TABLES("tables", List.of(GENERATE), List.of("daily_kpis", "product_performance", "order_fact")),
    FEATURES("features", List.of(GENERATE), List.of("customer_features")),
    SEGMENTS("segments", List.of(FEATURES), List.of("customer_segments")),
    CHURN("churn", List.of(GENERATE), List.of("customer_churn")),
    RECOMMEND("recommend", List.of(GENERATE), List.of("customer_recommendations")),
    GRAPH("graph", List.of(GENERATE), List.of("graph_pagerank", "graph_communities", "graph_degrees"));

    private final String id;
    private final List<PipelineStep> upstream;
    private final List<String> views;

    PipelineStep(String id, List<PipelineStep> upstream, List<String> views) {
        this.id = id;
        this.upstream = upstream;
        this.views = views;
    }

    /** The step's name on the command line, in figures and as its folder name. */
    public String id() {
        return id;
    }

    /** The steps whose outputs this one reads. */
    public List<PipelineStep> upstream() {
        return upstream;
    }

    /** The views this step registers and writes as Parquet tables of the same names. */
    public List<String> views() {
        return views;
    }
}
