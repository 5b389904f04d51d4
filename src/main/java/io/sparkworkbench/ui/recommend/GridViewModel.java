package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.GridCell;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rank × regParam grid search: the two lists as typed, Run and Stop, the cells as they finish (sampled by
 * the view once per frame through {@link #refresh()}), the best cell (highest NDCG@k) marked, and "Use these"
 * copying a cell's rank and regParam into the training form. The other parameters come from the form.
 */
public final class GridViewModel {

    private final RecommendBackend backend;
    private final RecommendViewModel model;
    private final BackgroundAction action;
    private final StringProperty ranks = new SimpleStringProperty("5, 10, 20");
    private final StringProperty regParams = new SimpleStringProperty("0.01, 0.1, 1");
    private final ObservableList<GridCell> cells = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<GridCell> best = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private RecommendBackend.GridProgress run;

    public GridViewModel(RecommendBackend backend, RecommendViewModel model, TaskRunner runner) {
        this.backend = backend;
        this.model = model;
        this.action = new BackgroundAction(runner);
        action.setStatus("Fits ALS for every rank × regParam on one split and judges each on the held-out ratings.");
    }

    public void run() {
        if (model.openingProperty().get() == null) {
            action.setStatus("Open a data set first (the Data tab).");
            return;
        }
        RecommendRequest base;
        List<Integer> rankList;
        List<Double> regList;
        try {
            rankList = parse("Ranks", ranks.get(), GridViewModel::wholeNumber);
            regList = parse("regParams", regParams.get(), Double::parseDouble);
            base = model.form().request();
            // Each cell is a request of its own: a rank or regParam out of range is named before anything runs.
            for (int r : rankList) {
                for (double g : regList) {
                    base.withRankAndRegParam(r, g);
                }
            }
            run = backend.grid(base, rankList, regList);
        } catch (IllegalArgumentException e) {
            action.setStatus(e.getMessage());
            return;
        }
        cells.clear();
        best.set(null);
        progress.set(0);
        RecommendBackend.GridProgress started = run;
        action.start(started.task(), "Grid search: 0 of " + started.total() + " cells fitted…", "The grid search failed", result -> {
            cells.setAll(result.cells());
            best.set(result.bestCell());
            progress.set(1);
            GridCell top = result.bestCell();
            action.setStatus("Best: rank " + top.rank() + ", regParam " + TrainFormViewModel.text(top.regParam()) + " (NDCG@"
                    + base.k() + " " + MetricsText.score(top.scores().ndcg()) + "). Use these copies them into the form.");
        }, error -> keepCellsSoFar(started));
    }

    /** Copies the finished cells; the view calls it once per frame while the search runs. */
    public void refresh() {
        RecommendBackend.GridProgress now = run;
        if (now == null || !action.runningProperty().get()) {
            return;
        }
        List<GridCell> done = now.cellsSoFar();
        if (done.size() != cells.size()) {
            cells.setAll(done);
            best.set(bestOf(done));
            progress.set((double) done.size() / now.total());
            action.setProgress("Grid search: " + done.size() + " of " + now.total() + " cells fitted…");
        }
    }

    private void keepCellsSoFar(RecommendBackend.GridProgress failed) {
        List<GridCell> done = failed.cellsSoFar();
        cells.setAll(done);
        best.set(bestOf(done));
    }

    public void stop() {
        RecommendBackend.GridProgress now = run;
        action.stop();
        if (now != null) {
            // The cells fitted before Stop stay in the table.
            keepCellsSoFar(now);
        }
    }

    /** Copies the cell's rank and regParam into the training form. */
    public void use(GridCell cell) {
        if (cell != null) {
            model.form().applyRankAndRegParam(cell.rank(), cell.regParam());
            action.setStatus("The form now has rank " + cell.rank() + " and regParam " + TrainFormViewModel.text(cell.regParam())
                    + ": press Train in the Model tab.");
        }
    }

    public void useBest() {
        use(best.get());
    }

    /** The cell with the highest NDCG@k so far (the first of equals), or null. */
    static GridCell bestOf(List<GridCell> done) {
        GridCell top = null;
        for (GridCell cell : done) {
            if (top == null || cell.scores().ndcg() > top.scores().ndcg()) {
                top = cell;
            }
        }
        return top;
    }

    /** "5, 10, 20" → [5, 10, 20]; a message names the list and the entry that is not a value. */
    static <T> List<T> parse(String what, String text, Function<String, T> parser) {
        List<T> values = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                T value = parser.apply(part);
                if (!values.contains(value)) {
                    values.add(value);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": '" + part + "' is not " + (what.equals("Ranks") ? "a whole number" : "a number"));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(what + ": list at least one value, e.g. " + (what.equals("Ranks") ? "5, 10, 20" : "0.01, 0.1, 1"));
        }
        return values;
    }

    private static Integer wholeNumber(String text) {
        return Integer.parseInt(text);
    }

    /** The most cells a grid may have. */
    public static int maxCells() {
        return RecommendService.MAX_GRID_CELLS;
    }

    public StringProperty ranksProperty() {
        return ranks;
    }

    public StringProperty regParamsProperty() {
        return regParams;
    }

    public ObservableList<GridCell> cells() {
        return cells;
    }

    /** The best cell (highest NDCG@k), marked in the table; null before any cell finished. */
    public ReadOnlyObjectProperty<GridCell> bestProperty() {
        return best.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BackgroundAction action() {
        return action;
    }
}
