package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.files.DataExports;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.ml.segment.SegmentPoints;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.engine.ml.segment.SegmentationService;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The customers selected on the scatterplot: the grid's rows (built from the drawn points' arrays, no
 * Spark job), and the one-click view or export of all of them.
 */
public final class SelectionViewModel {

    /** The grid shows this many of a selection; the view and the export always take all of it. */
    public static final int GRID_ROWS = 10_000;
    private static final Pattern VIEW_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");

    private final SegmentationService service;
    private final DataExports exports;
    private final BackgroundAction action;
    private final ObjectProperty<int[]> selected = new SimpleObjectProperty<>(new int[0]);
    private final StringProperty viewName = new SimpleStringProperty("selected_customers");
    private final StringProperty summary = new SimpleStringProperty("Nothing selected: drag a rectangle or a lasso over the plot.");
    private SegmentationResult result;
    private Consumer<String> onViewRegistered = view -> { };

    public SelectionViewModel(SegmentationService service, DataExports exports, TaskRunner runner) {
        this.service = service;
        this.exports = exports;
        this.action = new BackgroundAction(runner);
    }

    public void setResult(SegmentationResult newResult) {
        this.result = newResult;
        select(new int[0]);
    }

    /** Point indices into the result's {@link SegmentPoints}. */
    public void select(int[] indices) {
        selected.set(indices.clone());
        if (indices.length == 0) {
            summary.set("Nothing selected: drag a rectangle or a lasso over the plot.");
        } else {
            summary.set(Formats.count(indices.length) + " customers selected"
                    + (indices.length > GRID_ROWS ? " (the grid shows the first " + Formats.count(GRID_ROWS) + ")" : ""));
        }
    }

    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("customer_id", "segment", "name"));
        if (result != null) {
            columns.addAll(result.points().featureColumns());
        }
        return columns;
    }

    /** At most {@link #GRID_ROWS} rows of the selection, each (id, segment, name, features…). */
    public List<List<Object>> gridRows() {
        List<List<Object>> rows = new ArrayList<>();
        if (result == null) {
            return rows;
        }
        SegmentPoints points = result.points();
        int[] indices = selected.get();
        for (int i = 0; i < Math.min(indices.length, GRID_ROWS); i++) {
            int p = indices[i];
            List<Object> row = new ArrayList<>();
            row.add(points.ids()[p]);
            row.add(points.segment()[p]);
            row.add(result.profiles().get(points.segment()[p]).name());
            for (float[] feature : points.features()) {
                row.add((double) feature[p]);
            }
            rows.add(row);
        }
        return rows;
    }

    public long[] selectedIds() {
        long[] ids = new long[selected.get().length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = result.points().ids()[selected.get()[i]];
        }
        return ids;
    }

    /** Registers the selection as the view named in {@link #viewNameProperty()}. */
    public void registerView() {
        registerThen(view -> action.setStatus("The view " + view + " holds the " + Formats.count(selected.get().length)
                + " selected customers; query it in the SQL tab."));
    }

    /** Registers the view, then writes it with Spark's writers as the request says. */
    public void export(java.util.function.Function<String, java.util.Optional<ExportRequest>> askForTarget) {
        registerThen(view -> askForTarget.apply(view).ifPresent(request ->
                action.start(exports.export(request), "Exporting the selection to " + request.target() + "…",
                        "Export failed, " + request.target() + " is as it was",
                        outcome -> action.setStatus("Exported " + Formats.count(selected.get().length) + " customers to " + request.target()))));
    }

    /** Writes an existing view (e.g. {@code customer_segments}) as the request says. */
    public void exportView(String view, java.util.function.Function<String, java.util.Optional<ExportRequest>> askForTarget) {
        if (result == null) {
            action.setStatus("Train a segmentation model first: there are no segments to export yet.");
            return;
        }
        askForTarget.apply(view).ifPresent(request ->
                action.start(exports.export(request), "Exporting " + view + " to " + request.target() + "…",
                        "Export failed, " + request.target() + " is as it was",
                        outcome -> action.setStatus("Exported " + view + " to " + request.target())));
    }

    private void registerThen(Consumer<String> next) {
        String view = viewName.get() == null ? "" : viewName.get().trim();
        if (!VIEW_NAME.matcher(view).matches()) {
            action.setStatus("'" + view + "' cannot name a view: use letters, digits and _, not starting with a digit.");
            return;
        }
        if (result == null || selected.get().length == 0) {
            action.setStatus("Nothing is selected: drag a rectangle or lasso over the plot first.");
            return;
        }
        action.start(service.registerSelection(selectedIds(), view), "Registering " + view + "…", "Cannot register " + view, rows -> {
            onViewRegistered.accept(view);
            next.accept(view);
        });
    }

    /** Told the name of each view registered, so SQL completion can offer it. */
    public void setOnViewRegistered(Consumer<String> listener) {
        this.onViewRegistered = listener;
    }

    public ObjectProperty<int[]> selectedProperty() {
        return selected;
    }

    public StringProperty viewNameProperty() {
        return viewName;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BackgroundAction action() {
        return action;
    }
}
