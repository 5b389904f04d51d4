package io.sparkworkbench.ui.common;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * When an analysis tab sets itself up for the open data set: the first time it is shown after the data set
 * opened, not before (a data set opened while the tab is hidden costs nothing until then), and again after the
 * session restarts (its views are gone). {@code activate} runs on the JavaFX thread with the data set's folder.
 */
public final class DeferredDataset {

    private final Consumer<Path> activate;
    private Path pending;
    private Path open;
    private boolean shown;

    public DeferredDataset(Consumer<Path> activate) {
        this.activate = activate;
    }

    /** A data set was opened; true when the tab is showing and has started on it, false when it waits to be shown. */
    public boolean opened(Path folder) {
        pending = folder;
        if (shown) {
            activate();
        }
        return shown;
    }

    /** The tab came to the front. */
    public void shown() {
        shown = true;
        activate();
    }

    /** The session was restarted: the open data set is set up again (at once when shown). */
    public void sessionRestarted() {
        if (open != null && pending == null) {
            pending = open;
        }
        if (shown) {
            activate();
        }
    }

    private void activate() {
        Path folder = pending;
        if (folder == null) {
            return;
        }
        pending = null;
        open = folder;
        activate.accept(folder);
    }
}
