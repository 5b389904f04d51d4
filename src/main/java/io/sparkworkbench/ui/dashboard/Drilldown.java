package io.sparkworkbench.ui.dashboard;

/** Where a click on a chart element leads: the tab that owns the element, with the element chosen where it can be. */
public interface Drilldown {

    /** A segment bar: the Segments tab. */
    void segment(int segment, String name);

    /** A product bar: the Recommendations tab's product browser. */
    void product(long productId);

    /** A community bar: the Graph tab. */
    void community(long community);
}
