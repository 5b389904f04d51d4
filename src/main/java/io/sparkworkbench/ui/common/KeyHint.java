package io.sparkworkbench.ui.common;

import javafx.scene.input.KeyCombination;

/** A key a tab's content handles itself, as the Help page lists it. */
public record KeyHint(KeyCombination keys, String description) {
}
