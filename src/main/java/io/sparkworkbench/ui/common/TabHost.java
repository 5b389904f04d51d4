package io.sparkworkbench.ui.common;

import javafx.stage.Window;

/** What a tab may ask of the window it lives in. */
public interface TabHost {

    /** The window, as owner of the dialogs a tab opens. */
    Window owner();

    /** Brings the tab with this id to the front (unknown ids are ignored). */
    void select(String tabId);

    /**
     * A one-line notice for the window's status bar (a live alert), shown until the same tab replaces or clears it
     * with an empty text. Call on the JavaFX thread.
     */
    default void notice(String tabId, String text) {
    }
}
