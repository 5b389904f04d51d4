package io.sparkworkbench.ui.common;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;

/**
 * A tab of the main window, and everything it adds to the window: its content, menu items and keyboard
 * shortcuts ({@link #actions()}), the keys its own content handles ({@link #keyHints()}), files dropped
 * on the window, and state to save when the window closes. Tabs are listed once, in {@code app.WorkbenchTabs};
 * the window builds its tabs, menus and Help page from that list.
 */
public interface WorkbenchTab {

    /** Stable id, used to remember the selected tab and to bring a tab to the front. */
    String id();

    String title();

    /** Built once, on the JavaFX thread. */
    Node content();

    /** Called once by the window before anything else: how the tab reaches the window (owner, selection). */
    default void attach(TabHost host) {
    }

    /** Menu items (File menu or the tab's own menu) and the shortcuts that trigger them. */
    default List<TabAction> actions() {
        return List.of();
    }

    /** Keys the tab's content handles itself (an editor's), listed on the Help page under the tab's title. */
    default List<KeyHint> keyHints() {
        return List.of();
    }

    /** A file or folder dropped on the window: true when this tab takes it (the first tab that does wins). */
    default boolean openDroppedFile(Path file) {
        return false;
    }

    /**
     * The user brought the tab to the front (also called at start for the tab the window opens on). Work
     * only this tab needs (e.g. computing features for a model) waits for this, so start-up does not pay for it.
     */
    default void shown() {
    }

    /** The Spark session was restarted (views are gone): register again what the tab had open. */
    default void sessionRestarted() {
    }

    /** The window is closing: save what the user made now, not at the next autosave. */
    default void saveState() {
    }

    /** Called on the JavaFX thread when the user switches between light and dark theme. */
    default void setDarkTheme(boolean dark) {
    }
}
