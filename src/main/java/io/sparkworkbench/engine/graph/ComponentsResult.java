package io.sparkworkbench.engine.graph;

import java.util.List;

/**
 * Connected components (edge direction ignored) or strongly connected components (following it): how many,
 * the largest first, and the view holding every node's component.
 *
 * @param strong true for strongly connected components
 */
public record ComponentsResult(boolean strong, long components, List<ComponentSize> largest, long singletons, long millis, String view) {

    public ComponentsResult {
        largest = List.copyOf(largest);
    }
}
