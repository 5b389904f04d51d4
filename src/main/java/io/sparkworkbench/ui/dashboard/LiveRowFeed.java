package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.ui.common.FrameSampler;
import io.sparkworkbench.ui.live.LiveOverview;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Feeds the Dashboard's live row from the live session's snapshot (an immutable record: reading it touches no Spark)
 * while the Dashboard is on screen: started when the tab comes to the front, it stops itself at the first sample after
 * the tab was left, since the window tells a tab when it is shown but not when it is hidden. It redraws only when the
 * snapshot changed, and at most twice a second: the charts are small and the key figures above must not flicker.
 */
final class LiveRowFeed {

    static final long SAMPLE_MILLIS = 500;

    private final Supplier<LiveSnapshot> snapshots;
    private final LiveOverview row;
    private final Node tabContent;
    private final FrameSampler sampler = new FrameSampler(SAMPLE_MILLIS);
    private boolean sampling;
    private long shownVersion = Long.MIN_VALUE;

    /** @param snapshots the session's latest snapshot; null (no live session) keeps the row hidden */
    LiveRowFeed(Supplier<LiveSnapshot> snapshots, LiveOverview row, Node tabContent) {
        this.snapshots = snapshots;
        this.row = row;
        this.tabContent = tabContent;
        sampler.add(this::sample);
    }

    /**
     * The tab came to the front: show the session's state now, then follow it. Not checked for being on screen here:
     * the window announces the selection before its tab pane has made the tab's content visible (or, the first time,
     * put it in the scene); the samples, from the next frame on, see it shown.
     */
    void start() {
        showLatest();
        sampling = true;
        sampler.start();
    }

    /** One sample: stops when the tab is no longer on screen, else redraws the row if the snapshot changed. */
    void sample() {
        if (!onScreen(tabContent)) {
            sampler.stop();
            sampling = false;
            return;
        }
        showLatest();
    }

    private void showLatest() {
        LiveSnapshot s = snapshots.get();
        // No session counts as one version of its own: the row is hidden once, then left alone.
        long version = s == null ? Long.MIN_VALUE + 1 : s.version();
        if (version != shownVersion) {
            shownVersion = version;
            row.show(s);
        }
    }

    boolean isSampling() {
        return sampling;
    }

    /**
     * In a showing window with it and every pane above it visible: a tab pane keeps the content of the tabs not
     * selected in the scene and makes it invisible (their content region).
     */
    static boolean onScreen(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
