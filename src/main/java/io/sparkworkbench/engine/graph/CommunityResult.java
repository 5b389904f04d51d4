package io.sparkworkbench.engine.graph;

import java.util.List;

/**
 * Label propagation communities: how many, the largest first, and what the hub guard did
 * ({@code hubs} nodes had their edges sampled down, {@code edgesUsed} of {@code edges} took part).
 */
public record CommunityResult(CommunityRequest request, long communities, List<ComponentSize> largest, long hubs, long edgesUsed,
                              long edges, long millis, String view) {

    public CommunityResult {
        largest = List.copyOf(largest);
    }
}
