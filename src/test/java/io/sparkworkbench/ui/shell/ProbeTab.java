package io.sparkworkbench.ui.shell;

import io.sparkworkbench.ui.common.KeyHint;
import io.sparkworkbench.ui.common.TabAction;
import io.sparkworkbench.ui.common.WorkbenchTab;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;

/**
 * The one tab the shell tests register: the window around it is what they test. It contributes a File menu
 * item with a shortcut, a menu of its own, a key hint, and takes dropped files, recording what reached it.
 */
final class ProbeTab implements WorkbenchTab {

    final List<Path> dropped = new CopyOnWriteArrayList<>();
    final List<String> ran = new CopyOnWriteArrayList<>();
    int restarts;
    int saves;
    private final String text;

    ProbeTab(String text) {
        this.text = text;
    }

    @Override
    public String id() {
        return "probe";
    }

    @Override
    public String title() {
        return "Probe";
    }

    @Override
    public Node content() {
        return new Label(text);
    }

    @Override
    public List<TabAction> actions() {
        return List.of(
                TabAction.item(TabAction.Placement.FILE_MENU, "menu-probe-file", "Probe file action…", "Shortcut+Shift+P",
                        "Run the probe's file action", () -> ran.add("file")),
                TabAction.submenu(TabAction.Placement.FILE_MENU, "menu-probe-recent", "Probe recent",
                        () -> List.of(TabAction.item(TabAction.Placement.FILE_MENU, null, "first", null, "first", () -> ran.add("first")))),
                TabAction.item(TabAction.Placement.TAB_MENU, "menu-probe-own", "Probe own action", null,
                        "Run the probe's own action", () -> ran.add("own")));
    }

    @Override
    public List<KeyHint> keyHints() {
        return List.of(new KeyHint(KeyCombination.keyCombination("Shortcut+Shift+Q"), "A key the probe's content handles"));
    }

    @Override
    public boolean openDroppedFile(Path file) {
        dropped.add(file);
        return true;
    }

    @Override
    public void sessionRestarted() {
        restarts++;
    }

    @Override
    public void saveState() {
        saves++;
    }
}
