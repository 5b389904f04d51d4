package io.sparkworkbench.engine.graph;

/** The views the graph tab registers for SQL and the other tabs (ARCHITECTURE.md, the tab contract). */
public final class GraphViews {

    public static final String NODES = "graph_nodes";
    public static final String EDGES = "graph_edges";
    public static final String DEGREES = "graph_degrees";
    public static final String PAGERANK = "graph_pagerank";
    public static final String COMPONENTS = "graph_components";
    public static final String STRONG_COMPONENTS = "graph_strong_components";
    public static final String TRIANGLES = "graph_triangles";
    public static final String COMMUNITIES = "graph_communities";
    public static final String PATHS = "graph_paths";

    static final String[] RESULTS = {DEGREES, PAGERANK, COMPONENTS, STRONG_COMPONENTS, TRIANGLES, COMMUNITIES, PATHS};

    private GraphViews() {
    }
}
