package io.sparkworkbench.ui.common;

import io.sparkworkbench.engine.StartupTrace;
import javafx.scene.Scene;

/**
 * Start-up marks taken when something has been laid out on screen, not when the code asked for it: the window
 * counts as shown, and a chart as drawn, after the next pulse that lays the scene out.
 */
public final class FirstFrames {

    private FirstFrames() {
    }

    /** Marks {@code event} (once per process) after the next layout pulse of {@code scene}; nothing without a scene. */
    public static void markAfterNextPulse(Scene scene, String event) {
        if (scene == null) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            StartupTrace.mark(event);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
