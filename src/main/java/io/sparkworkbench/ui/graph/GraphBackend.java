package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.graph.CommunityGraph;
import io.sparkworkbench.engine.graph.CommunityRequest;
import io.sparkworkbench.engine.graph.CommunityResult;
import io.sparkworkbench.engine.graph.ComponentsResult;
import io.sparkworkbench.engine.graph.DegreeDistribution;
import io.sparkworkbench.engine.graph.EdgeArrays;
import io.sparkworkbench.engine.graph.GraphNode;
import io.sparkworkbench.engine.graph.GraphRun;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.engine.graph.GraphSource;
import io.sparkworkbench.engine.graph.GraphSummary;
import io.sparkworkbench.engine.graph.Neighbours;
import io.sparkworkbench.engine.graph.NodeAttributes;
import io.sparkworkbench.engine.graph.NodeFilter;
import io.sparkworkbench.engine.graph.PageRankRequest;
import io.sparkworkbench.engine.graph.PageRankResult;
import io.sparkworkbench.engine.graph.PathsResult;
import io.sparkworkbench.engine.graph.TriangleResult;
import io.sparkworkbench.engine.sql.QueryResult;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The engine calls the graph tab makes, as an interface so the view models can be driven by finished (or
 * hand-held) tasks in tests; {@link #of} is the real one, over {@link GraphService}.
 */
public interface GraphBackend {

    /** A running graph action as the tab samples it: the engine's {@link GraphRun} has no public constructor. */
    interface Run<T> {

        EngineTask<T> task();

        /** One line saying what runs now; sampled about once per frame. */
        String progress();
    }

    Run<GraphSummary> open(GraphSource source);

    Run<DegreeDistribution> degrees();

    Run<PageRankResult> pageRank(PageRankRequest request);

    Run<ComponentsResult> components(boolean strong);

    Run<TriangleResult> triangles();

    Run<CommunityResult> communities(CommunityRequest request);

    /** @throws IllegalArgumentException for no landmarks or more than the engine allows */
    Run<PathsResult> shortestPaths(long[] landmarks);

    /** Whether customer_segments changed since the open social graph's nodes got their segments (no Spark job; false otherwise). */
    EngineTask<Boolean> segmentsChanged();

    /** Attaches customer_segments as registered now to the open social graph's nodes; results and positions stay. */
    EngineTask<GraphSummary> refreshSegments();

    EngineTask<NodeAttributes> nodes(NodeFilter filter);

    EngineTask<EdgeArrays> edges(long[] ids, int budget);

    EngineTask<CommunityGraph> communityGraph(int nodeBudget, int edgeBudget);

    EngineTask<Neighbours> neighbours(long id, int cap);

    EngineTask<List<GraphNode>> search(String text, int limit);

    /** The first {@code cap} rows of a result view (ordered as {@code sql} says), for the tab's table. */
    EngineTask<QueryResult> rows(String sql, int cap);

    /** Work on local files (layouts, the data set's fingerprint) off the JavaFX thread; it needs no Spark. */
    <T> EngineTask<T> fileWork(String label, Callable<T> work);

    static GraphBackend of(GraphService graphs, QueryService queries, SparkEngine engine) {
        return new GraphBackend() {
            @Override
            public Run<GraphSummary> open(GraphSource source) {
                return wrap(graphs.open(source));
            }

            @Override
            public Run<DegreeDistribution> degrees() {
                return wrap(graphs.degrees());
            }

            @Override
            public Run<PageRankResult> pageRank(PageRankRequest request) {
                return wrap(graphs.pageRank(request));
            }

            @Override
            public Run<ComponentsResult> components(boolean strong) {
                return wrap(strong ? graphs.strongComponents() : graphs.components());
            }

            @Override
            public Run<TriangleResult> triangles() {
                return wrap(graphs.triangles());
            }

            @Override
            public Run<CommunityResult> communities(CommunityRequest request) {
                return wrap(graphs.communities(request));
            }

            @Override
            public Run<PathsResult> shortestPaths(long[] landmarks) {
                return wrap(graphs.shortestPaths(landmarks));
            }

            @Override
            public EngineTask<Boolean> segmentsChanged() {
                return graphs.segmentsChanged();
            }

            @Override
            public EngineTask<GraphSummary> refreshSegments() {
                return graphs.refreshSegments();
            }

            @Override
            public EngineTask<NodeAttributes> nodes(NodeFilter filter) {
                return graphs.nodeAttributes(filter);
            }

            @Override
            public EngineTask<EdgeArrays> edges(long[] ids, int budget) {
                return graphs.edges(ids, budget);
            }

            @Override
            public EngineTask<CommunityGraph> communityGraph(int nodeBudget, int edgeBudget) {
                return graphs.communityGraph(nodeBudget, edgeBudget);
            }

            @Override
            public EngineTask<Neighbours> neighbours(long id, int cap) {
                return graphs.neighbours(id, cap);
            }

            @Override
            public EngineTask<List<GraphNode>> search(String text, int limit) {
                return graphs.search(text, limit);
            }

            @Override
            public EngineTask<QueryResult> rows(String sql, int cap) {
                return queries.run(SqlStatement.of(sql), sql, cap);
            }

            @Override
            public <T> EngineTask<T> fileWork(String label, Callable<T> work) {
                return engine.submitFileWork(label, work);
            }
        };
    }

    private static <T> Run<T> wrap(GraphRun<T> run) {
        return new Run<>() {
            @Override
            public EngineTask<T> task() {
                return run.task();
            }

            @Override
            public String progress() {
                return run.progress();
            }
        };
    }
}
