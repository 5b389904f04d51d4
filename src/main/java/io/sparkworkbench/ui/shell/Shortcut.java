package io.sparkworkbench.ui.shell;

import javafx.scene.input.KeyCombination;

/** The shell's own keyboard shortcuts (tabs bring theirs as TabActions), in one list so the menus and the Help page agree. */
enum Shortcut {
    SETTINGS("Shortcut+Comma", "Settings"),
    QUIT("Shortcut+Q", "Quit"),
    TOGGLE_JOBS("Shortcut+J", "Show or hide the jobs panel"),
    TOGGLE_THEME("Shortcut+Shift+D", "Switch between light and dark theme"),
    NEXT_TAB("Ctrl+Tab", "Next tab"),
    SHORTCUTS("F1", "This list of shortcuts");

    private final String keys;
    private final String description;

    Shortcut(String keys, String description) {
        this.keys = keys;
        this.description = description;
    }

    KeyCombination combination() {
        return KeyCombination.keyCombination(keys);
    }

    String displayText() {
        return combination().getDisplayText();
    }

    String description() {
        return description;
    }
}
