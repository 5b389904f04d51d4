package io.sparkworkbench.engine.dashboard;

import java.util.List;

/**
 * A chart's rows, or why there are none: {@code missing} says in plain words what to do first (e.g. "Train a
 * segmentation model on the Segments tab first"); it is empty when the rows were computed.
 */
public record Section<T>(List<T> rows, String missing) {

    public Section {
        rows = List.copyOf(rows);
    }

    public static <T> Section<T> of(List<T> rows) {
        return new Section<>(rows, "");
    }

    public static <T> Section<T> missing(String why) {
        return new Section<>(List.of(), why);
    }

    public boolean available() {
        return missing.isEmpty();
    }
}
