package io.sparkworkbench.engine.graph;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The graph tab's engine side: open a graph from a {@link GraphSource}, run each algorithm of
 * {@link GraphAlgorithms} on it (each result a cached table behind a {@link GraphViews} view, plus a small
 * record for the tab), and answer the visualizer: node attributes and edges as primitive arrays within a
 * budget, neighbours, search, top-N. Nothing here hands a Spark type to its callers, and nothing unbounded
 * comes back to the driver. Algorithms are long work (the background pool); look-ups are interactive.
 */
public final class GraphService {

    public static final int TOP_N = 20;
    public static final int HISTOGRAM_BINS = 2_000;
    public static final int MAX_LANDMARKS = 10;

    private final SparkEngine engine;
    private final GraphAlgorithms algorithms;
    private volatile GraphState state;

    public GraphService(SparkEngine engine) {
        this(engine, new GraphXAlgorithms());
    }

    public GraphService(SparkEngine engine, GraphAlgorithms algorithms) {
        this.engine = engine;
        this.algorithms = algorithms;
    }

    /** Builds the graph (edges and nodes cached), computes its degrees, and registers graph_nodes, graph_edges, graph_degrees. */
    public GraphRun<GraphSummary> open(GraphSource source) {
        return background("Open the " + source.describe(), (context, run) -> {
            run.step(context, "Building the " + source.describe());
            GraphData graph = GraphTables.build(context.spark(), source);
            Optional<Homophily> homophily = Optional.empty();
            if (graph.hasSegments()) {
                run.step(context, "Measuring how often friends share a segment");
                homophily = SegmentHomophily.measure(graph);
            }
            GraphState next = new GraphState(graph, homophily);
            GraphState previous = state;
            state = next;
            if (previous != null) {
                previous.release(context.spark(), algorithms);
            }
            graph.nodes().createOrReplaceTempView(GraphViews.NODES);
            graph.edges().createOrReplaceTempView(GraphViews.EDGES);
            run.step(context, "Counting degrees of " + graph.nodeCount() + " nodes");
            Dataset<Row> degrees = algorithms.degrees(graph);
            next.put(GraphViews.DEGREES, degrees);
            return next.summary();
        });
    }

    /** The open graph, if any. */
    public Optional<GraphSummary> current() {
        GraphState s = state;
        return s == null ? Optional.empty() : Optional.of(s.summary());
    }

    public GraphRun<DegreeDistribution> degrees() {
        return background("Degree distribution", (context, run) -> {
            GraphState s = requireGraph();
            run.step(context, "Degree histogram");
            Dataset<Row> d = s.result(GraphViews.DEGREES).orElseThrow();
            return GraphSummaries.degrees(s.graph(), d, HISTOGRAM_BINS, TOP_N);
        });
    }

    public GraphRun<PageRankResult> pageRank(PageRankRequest request) {
        return background(request.describe(), (context, run) -> {
            GraphState s = requireGraph();
            run.step(context, request.describe() + " on " + s.graph().nodeCount() + " nodes, " + s.graph().edgeCount() + " edges");
            long t0 = System.nanoTime();
            Dataset<Row> ranks = algorithms.pageRank(s.graph(), request);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            s.put(GraphViews.PAGERANK, ranks);
            run.step(context, "Top " + TOP_N + " by rank");
            return new PageRankResult(request, GraphSummaries.top(s.graph(), ranks, "rank", TOP_N), s.graph().nodeCount(), ms,
                    GraphViews.PAGERANK);
        });
    }

    public GraphRun<ComponentsResult> components() {
        return components(false);
    }

    public GraphRun<ComponentsResult> strongComponents() {
        return components(true);
    }

    private GraphRun<ComponentsResult> components(boolean strong) {
        String name = strong ? "Strongly connected components" : "Connected components";
        return background(name, (context, run) -> {
            GraphState s = requireGraph();
            run.step(context, name + " of " + s.graph().nodeCount() + " nodes");
            long t0 = System.nanoTime();
            Dataset<Row> table = strong ? algorithms.stronglyConnectedComponents(s.graph()) : algorithms.connectedComponents(s.graph());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            String view = strong ? GraphViews.STRONG_COMPONENTS : GraphViews.COMPONENTS;
            s.put(view, table);
            run.step(context, "Sizing the components");
            GraphSummaries.Sizes sizes = GraphSummaries.sizes(table, "component", TOP_N);
            return new ComponentsResult(strong, sizes.groups(), sizes.largest(), sizes.singletons(), ms, view);
        });
    }

    public GraphRun<TriangleResult> triangles() {
        return background("Triangles and clustering", (context, run) -> {
            GraphState s = requireGraph();
            run.step(context, "Counting triangles among " + s.graph().edgeCount() + " edges");
            long t0 = System.nanoTime();
            Dataset<Row> table = algorithms.triangles(s.graph());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            s.put(GraphViews.TRIANGLES, table);
            run.step(context, "Summing triangles");
            Row r = table.agg(org.apache.spark.sql.functions.sum("triangles"), org.apache.spark.sql.functions.avg("clustering")).first();
            // Each triangle is counted at each of its three corners.
            long triangles = r.isNullAt(0) ? 0 : r.getLong(0) / 3;
            double clustering = r.isNullAt(1) ? 0 : r.getDouble(1);
            return new TriangleResult(triangles, clustering, GraphSummaries.top(s.graph(), table, "triangles", TOP_N), ms, GraphViews.TRIANGLES);
        });
    }

    public GraphRun<CommunityResult> communities(CommunityRequest request) {
        String name = "Label propagation (" + request.maxIterations() + " iterations"
                + (request.hubDegreeCap() > 0 ? ", hubs capped at " + request.hubDegreeCap() + " edges)" : ", no hub guard)");
        return background(name, (context, run) -> {
            GraphState s = requireGraph();
            run.step(context, name + " on " + s.graph().nodeCount() + " nodes");
            long t0 = System.nanoTime();
            GraphAlgorithms.Communities c = algorithms.labelPropagation(s.graph(), request);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            s.put(GraphViews.COMMUNITIES, c.table());
            run.step(context, "Sizing the communities");
            GraphSummaries.Sizes sizes = GraphSummaries.sizes(c.table(), "community", TOP_N);
            // Label propagation ignores direction: the edges it could use are the distinct unordered pairs.
            long edgesTotal = GraphXGraphs.canonical(s.graph().edges()).count();
            return new CommunityResult(request, sizes.groups(), sizes.largest(), c.hubs(), c.edgesUsed(), edgesTotal, ms,
                    GraphViews.COMMUNITIES);
        });
    }

    public GraphRun<PathsResult> shortestPaths(long[] landmarks) {
        long[] chosen = landmarks.clone();
        if (chosen.length == 0 || chosen.length > MAX_LANDMARKS) {
            throw new IllegalArgumentException("Choose 1 to " + MAX_LANDMARKS + " landmarks, not " + chosen.length);
        }
        return background("Shortest paths to " + chosen.length + " landmarks", (context, run) -> {
            GraphState s = requireGraph();
            run.step(context, "Hop counts to " + chosen.length + " landmarks");
            long t0 = System.nanoTime();
            Dataset<Row> table = algorithms.shortestPaths(s.graph(), chosen);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            s.put(GraphViews.PATHS, table);
            run.step(context, "Summarising the hop counts");
            return new PathsResult(GraphSummaries.reach(s.graph(), table, chosen), ms, GraphViews.PATHS);
        });
    }

    /** The visualizer's nodes for {@code filter}: primitive arrays, at most the filter's budget. */
    public EngineTask<NodeAttributes> nodeAttributes(NodeFilter filter) {
        return engine.submit("Graph nodes to draw", EnginePool.INTERACTIVE, context -> NodeSelection.attributes(requireGraph(), filter));
    }

    /** The edges among {@code nodeIds} (a {@link NodeAttributes}' ids) as index pairs into that array, heaviest first, at most {@code budget}. */
    public EngineTask<EdgeArrays> edges(long[] nodeIds, int budget) {
        long[] ids = nodeIds.clone();
        if (budget < 1) {
            throw new IllegalArgumentException("The edge budget must be at least 1, not " + budget);
        }
        return engine.submit("Graph edges to draw", EnginePool.INTERACTIVE, context -> NodeSelection.edges(requireGraph(), ids, budget));
    }

    /**
     * The graph collapsed onto its label-propagation communities (run them first): the {@code nodeBudget} largest as
     * super-nodes, at most {@code edgeBudget} of the summed links between them, heaviest first.
     */
    public EngineTask<CommunityGraph> communityGraph(int nodeBudget, int edgeBudget) {
        if (nodeBudget < 1 || edgeBudget < 1) {
            throw new IllegalArgumentException("Super-node budgets must be at least 1, not " + nodeBudget + " nodes and " + edgeBudget + " edges");
        }
        return engine.submit("Graph communities as super-nodes", EnginePool.INTERACTIVE,
                context -> CommunityGraphs.build(requireGraph(), nodeBudget, edgeBudget));
    }

    public EngineTask<Neighbours> neighbours(long id, int cap) {
        return engine.submit("Neighbours of node " + id, EnginePool.INTERACTIVE, context -> GraphLookups.neighbours(requireGraph(), id, cap));
    }

    /** Nodes whose id equals {@code text} or whose label contains it (case-insensitive), at most {@code limit}. */
    public EngineTask<List<GraphNode>> search(String text, int limit) {
        return engine.submit("Search the graph for " + text, EnginePool.INTERACTIVE, context -> GraphLookups.search(requireGraph(), text, limit));
    }

    /** The {@code n} highest PageRank nodes (run PageRank first). */
    public EngineTask<List<RankedNode>> topByRank(int n) {
        return engine.submit("Top " + n + " by PageRank", EnginePool.INTERACTIVE, context -> {
            GraphState s = requireGraph();
            Dataset<Row> ranks = s.result(GraphViews.PAGERANK).orElseThrow(() -> new EngineException("Run PageRank first"));
            return GraphSummaries.top(s.graph(), ranks, "rank", n);
        });
    }

    /**
     * Whether {@code customer_segments} was registered, replaced or dropped since the open social graph's nodes got their
     * segments. Compares plans only: no Spark job runs. False for other graphs and when none is open.
     */
    public EngineTask<Boolean> segmentsChanged() {
        return engine.submit("Have the customer segments changed?", EnginePool.INTERACTIVE, context -> {
            GraphState s = state;
            return s != null && s.graph().source().kind() == GraphKind.SOCIAL
                    && CustomerSegments.changed(s.graph().segments(), CustomerSegments.read(context.spark()));
        });
    }

    /**
     * Gives the open social graph's nodes the segments of {@code customer_segments} as registered now (none if it is
     * gone) and measures homophily again. Edges, algorithm results and their views stay; graph_nodes is registered anew.
     * Returns the summary as it is afterwards (unchanged when the segments are).
     */
    public EngineTask<GraphSummary> refreshSegments() {
        return engine.submit("Attach the customer segments to the graph", EnginePool.INTERACTIVE, context -> {
            GraphState s = requireGraph();
            GraphData graph = s.graph();
            if (graph.source().kind() != GraphKind.SOCIAL) {
                throw new EngineException("Only the social network has customer segments, not the " + graph.source().describe());
            }
            Dataset<Row> segments = CustomerSegments.read(context.spark());
            if (!CustomerSegments.changed(graph.segments(), segments)) {
                return s.summary();
            }
            Dataset<Row> nodes = GraphTables.cachedNodes(CustomerSegments.attach(graph.nodes(), segments));
            nodes.count();
            List<String> notes = new java.util.ArrayList<>(graph.notes());
            notes.remove(CustomerSegments.NONE_NOTE);
            if (segments == null) {
                notes.add(CustomerSegments.NONE_NOTE);
            }
            GraphData next = graph.withNodes(nodes, segments, notes);
            Optional<Homophily> homophily = SegmentHomophily.measure(next);
            if (!s.replaceNodes(next, homophily)) {
                nodes.unpersist(false);
                throw new EngineException("The graph was closed while its segments were attached: open it again");
            }
            return s.summary();
        });
    }

    /** Drops the open graph and its results (views, caches). */
    public EngineTask<Void> close() {
        return engine.submit("Close the graph", EnginePool.INTERACTIVE, context -> {
            GraphState s = state;
            state = null;
            if (s != null) {
                s.release(context.spark(), algorithms);
                context.spark().catalog().dropTempView(GraphViews.NODES);
                context.spark().catalog().dropTempView(GraphViews.EDGES);
            }
            return null;
        });
    }

    @FunctionalInterface
    private interface Steps<T> {
        T run(EngineContext context, GraphRun<T> run) throws Exception;
    }

    private <T> GraphRun<T> background(String label, Steps<T> steps) {
        GraphRun<T> run = new GraphRun<>("Waiting for Spark: " + label);
        run.start(engine.submit(label, EnginePool.BACKGROUND, context -> {
            try {
                T result = steps.run(context, run);
                run.finish(context, label + ": done");
                return result;
            } catch (Exception e) {
                // A cancelled job surfaces as Spark's checked SparkException, not only as CancellationException.
                run.finish(context, label + ": " + (context.isCancelRequested() ? "stopped" : "failed"));
                throw e;
            }
        }));
        return run;
    }

    private GraphState requireGraph() {
        GraphState s = state;
        if (s == null) {
            throw new EngineException("Open a graph first (social, co-purchase or a view)");
        }
        return s;
    }
}
