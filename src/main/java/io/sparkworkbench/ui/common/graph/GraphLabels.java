package io.sparkworkbench.ui.common.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Chooses which node labels a frame draws: at most {@link #BUDGET} of the largest nodes on screen whose
 * label does not overlap one already placed (the selected node's neighbours first when there is a
 * selection), plus the selected and the hovered node. Looks at a bounded number of candidates, so the
 * cost of labels does not grow with the graph: labels never stall the view.
 */
final class GraphLabels {

    static final int BUDGET = 30;
    /** Largest nodes examined per frame before giving up on filling the budget. */
    private static final int CANDIDATES = 400;
    static final double FONT = 12;
    static final double HEIGHT = 16;

    /** A label's box in screen pixels; the text's baseline is at {@code y + 12}. */
    record Placed(int node, double x, double y, double w) {
        boolean overlaps(double ox, double oy, double ow) {
            return ox < x + w && x < ox + ow && oy < y + HEIGHT && y < oy + HEIGHT;
        }
    }

    private GraphLabels() {
    }

    static List<Placed> choose(GraphFrame f, double width, double height, IntToDoubleFunction textWidth) {
        List<Placed> placed = new ArrayList<>();
        if (f.data().isEmpty()) {
            return placed;
        }
        addForced(f, f.selected(), placed, textWidth);
        addForced(f, f.hovered(), placed, textWidth);
        int[] order = f.data().bySizeDescending;
        if (f.highlighted() != null) {
            fill(f, order, true, width, height, placed, textWidth);
        }
        fill(f, order, false, width, height, placed, textWidth);
        return placed;
    }

    private static void fill(GraphFrame f, int[] order, boolean highlightedOnly, double width, double height,
                             List<Placed> placed, IntToDoubleFunction textWidth) {
        int examined = 0;
        int chosen = (int) placed.stream().filter(p -> p.node() != f.selected() && p.node() != f.hovered()).count();
        for (int k = 0; k < order.length && chosen < BUDGET && examined < CANDIDATES; k++) {
            int i = order[k];
            if (highlightedOnly && !f.highlighted()[i]) {
                continue;
            }
            if (f.data().label(i).isEmpty() || contains(placed, i)) {
                continue;
            }
            double sx = f.view().screenX(f.x()[i]);
            double sy = f.view().screenY(f.y()[i]);
            if (sx < 0 || sy < 0 || sx > width || sy > height) {
                continue;
            }
            examined++;
            double w = textWidth.applyAsDouble(i) + 6;
            double lx = sx + f.radius()[i] + 2;
            double ly = sy - HEIGHT / 2;
            if (lx + w > width || ly < 0 || ly + HEIGHT > height || overlapsAny(placed, lx, ly, w)) {
                continue;
            }
            placed.add(new Placed(i, lx, ly, w));
            chosen++;
        }
    }

    private static void addForced(GraphFrame f, int node, List<Placed> placed, IntToDoubleFunction textWidth) {
        if (node < 0 || contains(placed, node)) {
            return;
        }
        double sx = f.view().screenX(f.x()[node]);
        double sy = f.view().screenY(f.y()[node]);
        placed.add(new Placed(node, sx + f.radius()[node] + 2, sy - HEIGHT / 2, textWidth.applyAsDouble(node) + 6));
    }

    private static boolean contains(List<Placed> placed, int node) {
        for (Placed p : placed) {
            if (p.node() == node) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(List<Placed> placed, double x, double y, double w) {
        for (Placed p : placed) {
            if (p.overlaps(x, y, w)) {
                return true;
            }
        }
        return false;
    }
}
