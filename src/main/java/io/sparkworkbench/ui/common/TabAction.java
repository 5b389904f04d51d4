package io.sparkworkbench.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.input.KeyCombination;

/**
 * A menu item a tab contributes: in the File menu or in a menu of its own (named after the tab), with an
 * optional shortcut, which the Help page lists too. A submenu's items are made each time it opens
 * (recent folders change).
 *
 * @param keys    the accelerator, or null
 * @param run     what the item does (null for a submenu)
 * @param submenu the items of a submenu (null for a plain item)
 */
public record TabAction(Placement placement, String id, String text, KeyCombination keys, String description,
                        Runnable run, Supplier<List<TabAction>> submenu, boolean enabled) {

    /** Where the item goes. */
    public enum Placement { FILE_MENU, TAB_MENU }

    public TabAction {
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(text, "text");
        if ((run == null) == (submenu == null)) {
            throw new IllegalArgumentException("A tab action runs something or opens a submenu: " + text);
        }
    }

    public static TabAction item(Placement placement, String id, String text, String keys, String description, Runnable run) {
        return new TabAction(placement, id, text, keys == null ? null : KeyCombination.keyCombination(keys),
                description, run, null, true);
    }

    public static TabAction submenu(Placement placement, String id, String text, Supplier<List<TabAction>> items) {
        return new TabAction(placement, id, text, null, text, null, items, true);
    }

    public TabAction disabled() {
        return new TabAction(placement, id, text, keys, description, run, submenu, false);
    }
}
