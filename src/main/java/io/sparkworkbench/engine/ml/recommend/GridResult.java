package io.sparkworkbench.engine.ml.recommend;

import java.util.List;

/** A finished grid search; {@code best} indexes the cell with the highest NDCG@k. */
public record GridResult(List<GridCell> cells, int best) {

    public GridResult {
        cells = List.copyOf(cells);
    }

    public GridCell bestCell() {
        return cells.get(best);
    }
}
