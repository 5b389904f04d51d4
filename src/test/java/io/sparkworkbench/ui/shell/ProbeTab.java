package io.sparkworkbench.ui.shell;

import io.sparkworkbench.ui.common.WorkbenchTab;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The one tab the shell tests register: the window around it is what they test. */
final class ProbeTab implements WorkbenchTab {

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
}
