package io.sparkworkbench.engine.graph;

import java.util.List;

/**
 * The degree chart's data: one bin per distinct degree value, lowest first. A graph with E edges has at most
 * about √(2E) distinct degrees, so the bins stay few; past {@link GraphService#HISTOGRAM_BINS} of them the rest
 * are left out and {@code truncated} says so. {@code top} are the nodes of highest total degree.
 */
public record DegreeDistribution(List<DegreeBin> bins, boolean truncated, long maxInDegree, long maxOutDegree, long maxDegree,
                                 double meanDegree, List<RankedNode> top) {

    public DegreeDistribution {
        bins = List.copyOf(bins);
        top = List.copyOf(top);
    }
}
