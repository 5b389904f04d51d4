package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.graph.CommunityGraph;
import io.sparkworkbench.engine.graph.CommunityRequest;
import io.sparkworkbench.engine.graph.CommunityResult;
import io.sparkworkbench.engine.graph.ComponentSize;
import io.sparkworkbench.engine.graph.ComponentsResult;
import io.sparkworkbench.engine.graph.DegreeBin;
import io.sparkworkbench.engine.graph.DegreeDistribution;
import io.sparkworkbench.engine.graph.EdgeArrays;
import io.sparkworkbench.engine.graph.GraphNode;
import io.sparkworkbench.engine.graph.GraphSource;
import io.sparkworkbench.engine.graph.GraphSummary;
import io.sparkworkbench.engine.graph.GraphViews;
import io.sparkworkbench.engine.graph.Homophily;
import io.sparkworkbench.engine.graph.Neighbours;
import io.sparkworkbench.engine.graph.NodeAttributes;
import io.sparkworkbench.engine.graph.NodeFilter;
import io.sparkworkbench.engine.graph.PageRankRequest;
import io.sparkworkbench.engine.graph.PageRankResult;
import io.sparkworkbench.engine.graph.PathsResult;
import io.sparkworkbench.engine.graph.RankedNode;
import io.sparkworkbench.engine.graph.TriangleResult;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.QueryResult;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The graph engine answered by hand: a six-node graph (a triangle 1-2-3 tied by 3-4 to a triangle 4-5-6), ranks once
 * PageRank "ran", communities {1, 2, 3} and {4, 5, 6} once they "ran", recording what it was asked. PageRank can be
 * held at {@link #pageRankGate} (on an idle engine's file threads, which need no Spark) so a test can stop it.
 */
final class FakeGraphBackend implements GraphBackend {

    private static final SparkEngine IDLE = new SparkEngine();

    static final long[] IDS = {1, 2, 3, 4, 5, 6};
    static final int[] DEGREE = {2, 2, 3, 3, 2, 2};
    /** Rank by node, highest for the bridge ends 3 and 4. */
    static final double[] RANK = {0.14, 0.13, 0.23, 0.22, 0.15, 0.13};
    static final int[][] EDGES = {{0, 1}, {0, 2}, {1, 2}, {2, 3}, {3, 4}, {3, 5}, {4, 5}};

    final List<GraphSource> opened = new CopyOnWriteArrayList<>();
    final List<NodeFilter> filters = new CopyOnWriteArrayList<>();
    final List<PageRankRequest> pageRanks = new CopyOnWriteArrayList<>();
    final List<String> sql = new CopyOnWriteArrayList<>();
    final List<long[]> landmarks = new CopyOnWriteArrayList<>();
    volatile CountDownLatch pageRankGate = new CountDownLatch(0);
    volatile boolean segments;
    volatile boolean ranked;
    volatile boolean communities;
    volatile int superNodeCalls;
    /** What segmentsChanged() answers: set it with {@link #segments} to act as the Segments tab training after the opening. */
    volatile boolean segmentsChanged;
    volatile int segmentRefreshes;
    private volatile GraphSource lastOpened;

    @Override
    public Run<GraphSummary> open(GraphSource source) {
        opened.add(source);
        lastOpened = source;
        ranked = false;
        communities = false;
        return done(summary(source));
    }

    /** Segments {1, 2, 3} and {4, 5, 6}: 6 of the 7 edges join one segment, against 0.5² + 0.5² for a random pair. */
    GraphSummary summary(GraphSource source) {
        boolean social = source.kind() == io.sparkworkbench.engine.graph.GraphKind.SOCIAL;
        boolean with = segments && social;
        return new GraphSummary(source, 6, 7, source.directed(), with,
                with ? List.of() : List.of("No customer segments yet: train a segmentation model (Segments tab) to colour the graph by segment"),
                with ? Optional.of(new Homophily(6 / 7.0, 0.5, 7, 6, 2)) : Optional.empty());
    }

    @Override
    public EngineTask<Boolean> segmentsChanged() {
        return EngineTask.completed("segments changed?", segmentsChanged);
    }

    @Override
    public EngineTask<GraphSummary> refreshSegments() {
        segmentRefreshes++;
        segmentsChanged = false;
        return EngineTask.completed("refresh segments", summary(lastOpened));
    }

    @Override
    public Run<DegreeDistribution> degrees() {
        return done(new DegreeDistribution(List.of(new DegreeBin(2, 4, 4, 4), new DegreeBin(3, 2, 2, 2)), false, 3, 3, 3, 14 / 6.0,
                List.of(new RankedNode(3, "three", 3))));
    }

    @Override
    public Run<PageRankResult> pageRank(PageRankRequest request) {
        pageRanks.add(request);
        CountDownLatch gate = pageRankGate;
        EngineTask<PageRankResult> task = IDLE.submitFileWork("pagerank", () -> {
            if (!gate.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the PageRank gate");
            }
            ranked = true;
            return new PageRankResult(request, List.of(new RankedNode(3, "three", 0.23)), 6, 12, GraphViews.PAGERANK);
        });
        return new Run<>() {
            @Override
            public EngineTask<PageRankResult> task() {
                return task;
            }

            @Override
            public String progress() {
                return "PageRank (" + request.iterations() + " iterations) on 6 nodes, 7 edges";
            }
        };
    }

    @Override
    public Run<ComponentsResult> components(boolean strong) {
        return done(new ComponentsResult(strong, 1, List.of(new ComponentSize(1, 6)), 0, 5,
                strong ? GraphViews.STRONG_COMPONENTS : GraphViews.COMPONENTS));
    }

    @Override
    public Run<TriangleResult> triangles() {
        return done(new TriangleResult(2, 0.7778, List.of(new RankedNode(1, "one", 1)), 4, GraphViews.TRIANGLES));
    }

    @Override
    public Run<CommunityResult> communities(CommunityRequest request) {
        communities = true;
        return done(new CommunityResult(request, 2, List.of(new ComponentSize(1, 3), new ComponentSize(4, 3)), 0, 7, 7, 9,
                GraphViews.COMMUNITIES));
    }

    @Override
    public Run<PathsResult> shortestPaths(long[] chosen) {
        landmarks.add(chosen.clone());
        return done(new PathsResult(List.of(), 3, GraphViews.PATHS));
    }

    @Override
    public EngineTask<NodeAttributes> nodes(NodeFilter filter) {
        filters.add(filter);
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < IDS.length; i++) {
            if (DEGREE[i] >= filter.minDegree()) {
                keep.add(i);
            }
        }
        if (ranked) {
            keep.sort((a, b) -> Double.compare(RANK[b], RANK[a]));
        }
        int n = keep.size();
        long[] ids = new long[n];
        String[] labels = new String[n];
        int[] degree = new int[n];
        double[] rank = new double[n];
        long[] community = new long[n];
        long[] component = new long[n];
        int[] segment = new int[n];
        for (int k = 0; k < n; k++) {
            int i = keep.get(k);
            ids[k] = IDS[i];
            labels[k] = "node " + IDS[i];
            degree[k] = DEGREE[i];
            rank[k] = ranked ? RANK[i] : Double.NaN;
            community[k] = communities ? (IDS[i] <= 3 ? 1 : 4) : -1;
            component[k] = -1;
            segment[k] = segments ? (IDS[i] <= 3 ? 0 : 1) : -1;
        }
        return EngineTask.completed("nodes", new NodeAttributes(ids, labels, degree, rank, community, component, segment,
                segments ? List.of("Loyal", "Bargain hunters") : List.of(), n, "Showing " + n + " nodes (all nodes)"));
    }

    @Override
    public EngineTask<EdgeArrays> edges(long[] ids, int budget) {
        List<int[]> among = new ArrayList<>();
        for (int[] e : EDGES) {
            int s = indexOf(ids, IDS[e[0]]);
            int t = indexOf(ids, IDS[e[1]]);
            if (s >= 0 && t >= 0) {
                among.add(new int[] {s, t});
            }
        }
        int[] src = among.stream().mapToInt(e -> e[0]).toArray();
        int[] dst = among.stream().mapToInt(e -> e[1]).toArray();
        double[] w = new double[src.length];
        Arrays.fill(w, 1);
        return EngineTask.completed("edges", new EdgeArrays(src, dst, w, false, src.length, "Showing all " + src.length + " edges"));
    }

    @Override
    public EngineTask<CommunityGraph> communityGraph(int nodeBudget, int edgeBudget) {
        superNodeCalls++;
        return EngineTask.completed("super", new CommunityGraph(new long[] {1, 4}, new String[] {"node 3 +2", "node 4 +2"}, new long[] {3, 3},
                new int[] {0}, new int[] {1}, new double[] {1}, 2, 1, "6 nodes as 2 communities"));
    }

    @Override
    public EngineTask<Neighbours> neighbours(long id, int cap) {
        return EngineTask.completed("neighbours", new Neighbours(new GraphNode(id, "node " + id, 3, 0),
                List.of(new GraphNode(2, "node 2", 2, 1), new GraphNode(4, "node 4", 3, 1)), 2, List.of(), 0));
    }

    @Override
    public EngineTask<List<GraphNode>> search(String text, int limit) {
        return EngineTask.completed("search", text.contains("5") ? List.of(new GraphNode(5, "node 5", 2, 0)) : List.of());
    }

    @Override
    public EngineTask<QueryResult> rows(String query, int cap) {
        sql.add(query);
        List<ColumnInfo> columns = query.contains("triangles, clustering") ? List.of(new ColumnInfo("triangles", "bigint"),
                new ColumnInfo("clustering", "double")) : List.of(new ColumnInfo("id", "bigint"), new ColumnInfo("label", "string"));
        List<List<Object>> rows = query.contains("triangles, clustering") ? List.of(List.of(1L, 0.3333)) : List.of(List.of(3L, "node 3"));
        return EngineTask.completed("rows", new QueryResult(SqlStatement.of(query), columns, rows, 0, false, 1, Optional.empty()));
    }

    @Override
    public <T> EngineTask<T> fileWork(String label, Callable<T> work) {
        return IDLE.submitFileWork(label, work);
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    private static <T> Run<T> done(T value) {
        EngineTask<T> task = EngineTask.completed("done", value);
        return new Run<>() {
            @Override
            public EngineTask<T> task() {
                return task;
            }

            @Override
            public String progress() {
                return "done";
            }
        };
    }
}
