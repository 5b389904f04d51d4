package io.sparkworkbench.ui.common.graph;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The view's side of a layout run: starts, pauses, resumes and stops the {@link LayoutRunner}, forwards
 * pins, and once per pulse takes the newest snapshot (if there is one the view has not shown) and
 * mirrors the run's state and status into properties. JavaFX thread only.
 */
final class GraphLayoutFeed {

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LayoutRunner.State> state = new ReadOnlyObjectWrapper<>();
    private ForceLayout.Settings settings = ForceLayout.Settings.defaults(1);
    private LayoutRunner runner;
    private LayoutRunner.Snapshot shown;

    ForceLayout.Settings settings() {
        return settings;
    }

    void setSettings(ForceLayout.Settings settings) {
        this.settings = settings;
    }

    /** Stops any run and forgets it; {@code message} becomes the status ("" for none). */
    void reset(String message) {
        stop();
        runner = null;
        shown = null;
        status.set(message);
        state.set(null);
    }

    void start(GraphData data, NodePositions positions) {
        stop();
        ForceLayout layout = positions.isSeededStart() ? new ForceLayout(data, settings)
                : new ForceLayout(data, settings, positions.x(), positions.y());
        runner = LayoutRunner.start(layout);
        shown = runner.latest();
        state.set(LayoutRunner.State.RUNNING);
        status.set(runner.status());
    }

    boolean isActive() {
        return runner != null && !runner.isFinished();
    }

    void pause() {
        if (runner != null) {
            runner.pause();
        }
    }

    void resume() {
        if (isActive()) {
            runner.resume();
        }
    }

    void stop() {
        if (isActive()) {
            runner.stop();
        }
    }

    void pin(int node, float x, float y) {
        if (isActive()) {
            runner.pin(node, x, y);
        }
    }

    void release(int node) {
        if (runner != null) {
            runner.release(node);
        }
    }

    /**
     * Adopts the newest snapshot into {@code positions} when the view has not shown it yet; returns
     * whether it did. Updates the status and state either way.
     */
    boolean poll(NodePositions positions) {
        if (runner == null) {
            return false;
        }
        LayoutRunner.Snapshot s = runner.latest();
        status.set(s.status());
        state.set(s.state());
        if (s == shown) {
            return false;
        }
        shown = s;
        positions.adopt(s.x(), s.y());
        return true;
    }

    /** Whether a later pulse may still bring a snapshot: the run goes on, or its final one is not shown yet. */
    boolean needsPolling() {
        if (runner == null) {
            return false;
        }
        LayoutRunner.Snapshot s = runner.latest();
        return !runner.isFinished() || s != shown || s.state() == LayoutRunner.State.RUNNING
                || s.state() == LayoutRunner.State.PAUSED;
    }

    LayoutRunner runner() {
        return runner;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<LayoutRunner.State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
