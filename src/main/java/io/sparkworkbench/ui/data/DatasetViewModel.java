package io.sparkworkbench.ui.data;

import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.datagen.CategoryMonthRevenue;
import io.sparkworkbench.engine.datagen.DatasetInsights;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.dataset.DatasetInfo;
import io.sparkworkbench.engine.sql.TablePreview;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data set now registered as Spark views: its tables, the preview of the selected one, and the
 * monthly revenue chart that shows the data is alive. Filled by opening a folder or by a generation.
 */
public final class DatasetViewModel {

    public static final int PREVIEW_ROWS = 100;

    private final DatasetCatalog catalog;
    private final DatasetInsights insights;
    private final TaskRunner runner;
    private final ObservableList<TableSummary> tables = FXCollections.observableArrayList();
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("No data set open yet.");
    private final StringProperty clusterWarning = new SimpleStringProperty("");
    private final StringProperty selectedTable = new SimpleStringProperty();
    private final ObjectProperty<TablePreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<List<CategoryMonthRevenue>> revenue = new SimpleObjectProperty<>(List.of());
    private final StringProperty chartMessage = new SimpleStringProperty("No data yet");
    private Consumer<Path> onOpened = p -> { };
    private long previewRequest;
    private long revenueRequest;
    /** The folder the chart shows, so that opening it again keeps the chart up while it is checked. */
    private Path revenueFolder;

    public DatasetViewModel(DatasetCatalog catalog, DatasetInsights insights, TaskRunner runner) {
        this.catalog = catalog;
        this.insights = insights;
        this.runner = runner;
    }

    /** Non-empty when Spark runs on a remote cluster whose executors must be able to read the open folder. */
    public StringProperty clusterWarningProperty() {
        return clusterWarning;
    }

    /** Called with the folder after every successful open or generation (recent folders, last folder). */
    public void setOnOpened(Consumer<Path> onOpened) {
        this.onOpened = onOpened;
    }

    public void open(Path path) {
        message.set("Opening " + path + "…");
        // Spark's first query of a session takes seconds; a chart kept beside the folder is drawn before it.
        Path folder = path.toAbsolutePath().normalize();
        long request = ++revenueRequest;
        runner.run(insights.storedMonthlyRevenue(folder),
                stored -> stored.ifPresent(points -> showRevenue(request, folder, points)),
                error -> { },
                () -> { });
        // Shown, not enforced: the folder may well be on a share every worker mounts.
        clusterWarning.set(catalog.clusterWarning(path).orElse(""));
        runner.run(catalog.open(path),
                info -> {
                    io.sparkworkbench.engine.StartupTrace.mark("dataset_opened");
                    show(info.folder(), info.tables(), "Opened " + describe(info));
                },
                error -> {
                    message.set("Could not open " + path + ": " + EngineErrors.describe(error));
                    if (folder.equals(revenueFolder)) {
                        // The early chart belongs to a folder whose tables could not be registered.
                        revenueRequest++;
                        revenueFolder = null;
                        revenue.set(List.of());
                    }
                },
                () -> message.set("Opening " + path + " was stopped"));
    }

    void show(Path opened, List<TableSummary> summaries, String text) {
        folder.set(opened.toString());
        selectedTable.set(null);
        preview.set(null);
        tables.setAll(summaries);
        message.set(text);
        onOpened.accept(opened);
        if (!summaries.isEmpty()) {
            select(summaries.get(0).table());
        }
        loadRevenue(opened);
    }

    public void select(String table) {
        if (table == null || table.equals(selectedTable.get())) {
            return;
        }
        selectedTable.set(table);
        long request = ++previewRequest;
        runner.run(catalog.preview(table, PREVIEW_ROWS),
                result -> {
                    if (request == previewRequest) {
                        preview.set(result);
                    }
                },
                error -> message.set("Could not preview " + table + ": " + EngineErrors.describe(error)),
                () -> { });
    }

    private void loadRevenue(Path opened) {
        long request = ++revenueRequest;
        List<String> names = tables.stream().map(TableSummary::table).toList();
        if (!DatasetInsights.hasSalesTables(names)) {
            revenue.set(List.of());
            revenueFolder = null;
            chartMessage.set("The revenue chart needs the orders, order_items and products tables");
            return;
        }
        if (!opened.equals(revenueFolder)) {
            chartMessage.set("Computing monthly revenue…");
        }
        runner.run(insights.storedMonthlyRevenue(opened),
                stored -> stored.ifPresentOrElse(points -> showRevenue(request, opened, points), () -> computeRevenue(request, opened)),
                error -> computeRevenue(request, opened),
                () -> { });
    }

    private void computeRevenue(long request, Path opened) {
        runner.run(insights.monthlyRevenueByCategory(opened),
                points -> showRevenue(request, opened, points),
                error -> {
                    if (request == revenueRequest) {
                        chartMessage.set("Revenue chart failed: " + EngineErrors.describe(error));
                    }
                },
                () -> {
                    if (request == revenueRequest) {
                        chartMessage.set("Revenue chart stopped");
                    }
                });
    }

    /** A later open or generation has its own request: an older chart arriving late is dropped. */
    private void showRevenue(long request, Path folder, List<CategoryMonthRevenue> points) {
        if (request != revenueRequest) {
            return;
        }
        revenueFolder = folder;
        if (!points.equals(revenue.get())) {
            revenue.set(points);
        }
        chartMessage.set(points.isEmpty() ? "No revenue in this data set" : "");
    }

    private static String describe(DatasetInfo info) {
        long rows = info.tables().stream().mapToLong(TableSummary::rows).sum();
        return info.tables().size() + " tables, " + String.format("%,d", rows) + " rows";
    }

    public ObservableList<TableSummary> tables() {
        return tables;
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty selectedTableProperty() {
        return selectedTable;
    }

    public ObjectProperty<TablePreview> previewProperty() {
        return preview;
    }

    public ObjectProperty<List<CategoryMonthRevenue>> revenueProperty() {
        return revenue;
    }

    public StringProperty chartMessageProperty() {
        return chartMessage;
    }
}
