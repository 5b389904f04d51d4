package io.sparkworkbench.ui.common.scatter;

/** What a plain left-drag does on the plot. Shift-drag always draws a rectangle, Alt-drag a lasso. */
public enum SelectionMode {
    PAN, RECTANGLE, LASSO
}
