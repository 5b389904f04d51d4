package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.NodeAttributes;
import io.sparkworkbench.ui.common.graph.GraphData;
import io.sparkworkbench.ui.common.graph.LayoutPositions;

/**
 * What the graph view shows: the arrays to draw, the node attributes behind them (null for community super-nodes),
 * positions saved for these nodes (null when none), and the note saying what is shown and how it is sized and coloured.
 *
 * @param note       what is shown, drawn on the view (and into exports): "Showing 5,000 of 48,210 nodes: top by PageRank"
 * @param style      how it is sized and coloured, and what to run for more ("sized by degree (run PageRank to size by rank)")
 * @param keepShown  the same graph with fresh attributes (a recolour, a new result): keep the positions on screen
 * @param layoutFile the name the positions are saved under (super-nodes have their own)
 */
public record Drawing(GraphData data, NodeAttributes nodes, LayoutPositions saved, boolean keepShown, String note, String style,
                      boolean superNodes, String layoutFile) {
}
