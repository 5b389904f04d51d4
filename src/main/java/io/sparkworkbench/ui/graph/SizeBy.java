package io.sparkworkbench.ui.graph;

/** What a drawn node's size shows. */
public enum SizeBy {
    PAGERANK("PageRank"), DEGREE("Degree");

    private final String title;

    SizeBy(String title) {
        this.title = title;
    }

    @Override
    public String toString() {
        return title;
    }
}
