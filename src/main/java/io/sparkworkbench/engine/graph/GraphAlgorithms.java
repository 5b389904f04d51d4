package io.sparkworkbench.engine.graph;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Every graph algorithm the workbench runs, as tables in and tables out, so an implementation on GraphX
 * ({@link GraphXAlgorithms}, today) can be replaced by one on GraphFrames or plain DataFrames without
 * touching {@link GraphService} or anything above it (ADR 0024). Each method gets an opened {@link GraphData}
 * and returns a table keyed by node id, cached and computed already (the caller unpersists it when it is
 * replaced), so an implementation can drop its own intermediate state before returning; only what it keeps
 * between calls for the same graph waits for {@link #release}. Calls run on the calling engine thread, whose
 * job tag Stop cancels.
 */
public interface GraphAlgorithms {

    /** id, in_degree, out_degree, degree (an undirected graph has in = out = degree). Every node has an edge. */
    Dataset<Row> degrees(GraphData graph);

    /** id, rank: ranks sum to 1 over the graph. An undirected edge is followed both ways; weights are not used. */
    Dataset<Row> pageRank(GraphData graph, PageRankRequest request);

    /** id, component: the smallest node id of its connected component, edge direction ignored. */
    Dataset<Row> connectedComponents(GraphData graph);

    /** id, component: the smallest node id of its strongly connected component (an undirected graph: its connected component). */
    Dataset<Row> stronglyConnectedComponents(GraphData graph);

    /** id, triangles, neighbours (distinct, direction ignored), clustering (null when fewer than 2 neighbours). */
    Dataset<Row> triangles(GraphData graph);

    /** The label propagation communities: id, community (a node id), with the hub guard of the request applied. */
    Communities labelPropagation(GraphData graph, CommunityRequest request);

    /** id, landmark, hops: for every node that reaches a landmark (following edge direction when directed) its hop count. */
    Dataset<Row> shortestPaths(GraphData graph, long[] landmarks);

    /** Drops whatever the implementation keeps cached for {@code graph} between calls. */
    void release(GraphData graph);

    /** Label propagation's table and what the hub guard left of the graph. */
    record Communities(Dataset<Row> table, long hubs, long edgesUsed) {
    }
}
