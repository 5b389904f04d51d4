package io.sparkworkbench.app.bench;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * JGraphT's PageRank as the peer of {@code bench graph}. JGraphT (EPL-2.0 / LGPL-2.1) stays out of the app like Smile
 * (ADR 0024): this class compiles against it with {@code provided} scope and is only loaded by
 * {@link BenchLib#pageRankPeer}, which finds JGraphT in bench-lib. The timing includes building JGraphT's graph, as
 * the workbench's includes building GraphX's.
 */
public final class JGraphtPageRank implements PageRankPeer {

    @Override
    public String describe() {
        Package p = PageRank.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return "JGraphT " + (version == null ? "(version unknown)" : version) + " PageRank (DefaultDirectedGraph, sinks spread uniformly)";
    }

    @Override
    public Map<Long, Double> rank(long[] src, long[] dst, int iterations, double damping) {
        Graph<Long, DefaultEdge> g = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < src.length; i++) {
            g.addVertex(src[i]);
            g.addVertex(dst[i]);
            g.addEdge(src[i], dst[i]);
        }
        // The smallest positive tolerance: JGraphT then runs all iterations unless the ranks stop moving at all.
        return new PageRank<>(g, damping, iterations, Double.MIN_VALUE).getScores();
    }
}
