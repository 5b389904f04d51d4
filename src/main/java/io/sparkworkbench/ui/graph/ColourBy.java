package io.sparkworkbench.ui.graph;

/** What a drawn node's colour shows. */
public enum ColourBy {
    COMMUNITY("Community"), COMPONENT("Component"), SEGMENT("Customer segment"), NONE("One colour");

    private final String title;

    ColourBy(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
