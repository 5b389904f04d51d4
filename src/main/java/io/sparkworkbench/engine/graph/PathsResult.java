package io.sparkworkbench.engine.graph;

import java.util.List;

/** Shortest paths (hop counts) from every node to each chosen landmark; the view has one row per (node, landmark) reached. */
public record PathsResult(List<LandmarkReach> landmarks, long millis, String view) {

    public PathsResult {
        landmarks = List.copyOf(landmarks);
    }
}
