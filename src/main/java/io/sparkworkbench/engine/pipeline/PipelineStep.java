package io.sparkworkbench.engine.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of the end-to-end run, in the order they start, each with the steps whose outputs it reads (its
 * fingerprint covers theirs, so a change upstream re-runs it), the steps it only waits for (it reads their views
 * where they exist, but its output does not depend on them), and the views it leaves registered (and writes as
 * Parquet tables). The data set's own tables are the {@link #GENERATE} step's output: they live in the data set
 * folder, not beside the other steps' tables. {@link #LIVE} runs only when the request asks for it.
 */
public enum PipelineStep {
    GENERATE("generate", List.of(), List.of(), List.of()),
    TABLES("tables", List.of(GENERATE), List.of(), List.of("daily_kpis", "product_performance", "order_fact")),
    FEATURES("features", List.of(GENERATE), List.of(), List.of("customer_features")),
    SEGMENTS("segments", List.of(FEATURES), List.of(), List.of("customer_segments")),
    CHURN("churn", List.of(GENERATE), List.of(), List.of("customer_churn")),
    RECOMMEND("recommend", List.of(GENERATE), List.of(), List.of("customer_recommendations")),
    /** After the segments: the graph's nodes carry each customer's segment (the Graph tab colours by it). */
    GRAPH("graph", List.of(GENERATE), List.of(SEGMENTS), List.of("graph_pagerank", "graph_communities", "graph_degrees")),
    /** The live stream over the data set, scored with the segments' saved model; last, once everything else is there. */
    LIVE("live", List.of(GENERATE, SEGMENTS), List.of(TABLES, FEATURES, CHURN, RECOMMEND, GRAPH),
            List.of("live_event_counts", "live_revenue"));

    private final String id;
    private final List<PipelineStep> upstream;
    private final List<PipelineStep> after;
    private final List<String> views;

    PipelineStep(String id, List<PipelineStep> upstream, List<PipelineStep> after, List<String> views) {
        this.id = id;
        this.upstream = upstream;
        this.after = after;
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

    /** Every step that must have ended before this one starts: its inputs, and the steps it only waits for. */
    public List<PipelineStep> startsAfter() {
        List<PipelineStep> all = new ArrayList<>(upstream);
        all.addAll(after);
        return List.copyOf(all);
    }

    /** The views this step registers and writes as Parquet tables of the same names. */
    public List<String> views() {
        return views;
    }
}
