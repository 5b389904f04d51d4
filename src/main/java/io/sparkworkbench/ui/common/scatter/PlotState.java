package io.sparkworkbench.ui.common.scatter;

/**
 * Everything a frame of the plot shows: the data, the view, which groups are hidden, which points are
 * selected ({@code null} when nothing is) and the colours. The painter only reads it. An export takes a
 * {@link #copy()} so it can be drawn on another thread while the user goes on changing the plot.
 */
record PlotState(ScatterData data, ViewTransform view, boolean[] hiddenGroups, boolean[] selected, ScatterStyle style) {

    PlotState copy() {
        return new PlotState(data, view, hiddenGroups.clone(), selected == null ? null : selected.clone(), style);
    }

    boolean isHidden(int group) {
        return group < hiddenGroups.length && hiddenGroups[group];
    }

    boolean hasSelection() {
        return selected != null;
    }
}
