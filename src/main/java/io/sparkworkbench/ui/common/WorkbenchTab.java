package io.sparkworkbench.ui.common;

import javafx.scene.Node;

/**
 * A tab of the main window. Tabs are plug-ins: the app registers them in one list
 * ({@code app.WorkbenchTabs}); only tabs that work are registered.
 */
public interface WorkbenchTab {

    /** Stable id, used to remember the selected tab. */
    String id();

    String title();

    /** Built once, on the JavaFX thread. */
    Node content();

    /** Called on the JavaFX thread when the user switches between light and dark theme. */
    default void setDarkTheme(boolean dark) {
    }
}
