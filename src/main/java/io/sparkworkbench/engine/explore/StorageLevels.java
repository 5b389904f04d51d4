package io.sparkworkbench.engine.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.storage.StorageLevel;

/** Spark storage levels as the explorer shows them: "Memory and disk (deserialized)". */
final class StorageLevels {

    private StorageLevels() {
    }

    static Optional<String> label(StorageLevel level) {
        if (level == null || !level.isValid()) {
            return Optional.empty();
        }
        List<String> places = new ArrayList<>();
        if (level.useMemory()) {
            places.add(level.useOffHeap() ? "Off-heap memory" : "Memory");
        }
        if (level.useDisk()) {
            places.add(places.isEmpty() ? "Disk" : "disk");
        }
        String text = String.join(" and ", places);
        if (level.useMemory() && !level.useOffHeap()) {
            text += level.deserialized() ? " (deserialized)" : " (serialized)";
        }
        if (level.replication() > 1) {
            text += ", " + level.replication() + " replicas";
        }
        return Optional.of(text);
    }
}
