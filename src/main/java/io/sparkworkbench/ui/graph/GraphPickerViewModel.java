package io.sparkworkbench.ui.graph;

import io.sparkworkbench.engine.graph.GraphSource;
import io.sparkworkbench.engine.sql.CatalogEntry;
import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.engine.sql.ColumnInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which graph to open, chosen point-and-click: the social network, the co-purchase network (with its minimum
 * weight), or a view with a source, a destination and optionally a weight column, picked from the session's
 * catalog. {@link #source()} turns the choice into a {@link GraphSource} or says what is wrong with it.
 */
public final class GraphPickerViewModel {

    /** The three kinds of graph the picker offers. */
    public enum Choice {
        SOCIAL("Social network"), CO_PURCHASE("Co-purchase"), VIEW("From a view…");

        private final String title;

        Choice(String title) {
            this.title = title;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    public static final int MAX_MIN_WEIGHT = 1_000;

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.SOCIAL);
    private final IntegerProperty minWeight = new SimpleIntegerProperty(2);
    private final StringProperty view = new SimpleStringProperty();
    private final StringProperty sourceColumn = new SimpleStringProperty();
    private final StringProperty destinationColumn = new SimpleStringProperty();
    private final StringProperty weightColumn = new SimpleStringProperty();
    private final BooleanProperty directed = new SimpleBooleanProperty(true);
    private final ObservableList<String> views = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private CatalogSnapshot catalog = CatalogSnapshot.EMPTY;

    public GraphPickerViewModel() {
        view.addListener((obs, old, now) -> fillColumns());
    }

    /** The catalog the view and column lists come from; the choices made stay when they still exist. */
    public void setCatalog(CatalogSnapshot snapshot) {
        catalog = snapshot == null ? CatalogSnapshot.EMPTY : snapshot;
        List<String> names = catalog.entries().stream().map(CatalogEntry::qualifiedName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (!views.equals(names)) {
            views.setAll(names);
        }
        fillColumns();
    }

    private void fillColumns() {
        List<String> names = columnsOfView().stream().map(ColumnInfo::name).toList();
        if (!columns.equals(names)) {
            columns.setAll(names);
        }
    }

    private List<ColumnInfo> columnsOfView() {
        String v = view.get();
        return v == null || v.isBlank() ? List.of() : catalog.columnsOf(v.trim());
    }

    /**
     * The graph chosen.
     *
     * @throws IllegalArgumentException naming the field at fault: no view, a column the view lacks, the same column
     *         twice, a weight that is not a number, a minimum weight out of range
     */
    public GraphSource source() {
        return switch (choice.get()) {
            case SOCIAL -> GraphSource.social();
            case CO_PURCHASE -> {
                if (minWeight.get() < 1 || minWeight.get() > MAX_MIN_WEIGHT) {
                    throw new IllegalArgumentException("The co-purchase minimum weight must lie within 1.." + MAX_MIN_WEIGHT
                            + ", not " + minWeight.get());
                }
                yield GraphSource.coPurchase(minWeight.get());
            }
            case VIEW -> fromView();
        };
    }

    private GraphSource fromView() {
        String v = trimmed(view.get());
        if (v == null) {
            throw new IllegalArgumentException("Choose the view to build the graph from");
        }
        List<ColumnInfo> cols = catalog.columnsOf(v);
        if (cols.isEmpty()) {
            throw new IllegalArgumentException("There is no view or table named " + v + " in the session");
        }
        String src = column(cols, v, sourceColumn.get(), "source");
        String dst = column(cols, v, destinationColumn.get(), "destination");
        if (src.equalsIgnoreCase(dst)) {
            throw new IllegalArgumentException("The source and destination columns of " + v + " must differ (both are " + src + ")");
        }
        String weight = trimmed(weightColumn.get());
        if (weight != null) {
            weight = column(cols, v, weight, "weight");
            String type = type(cols, weight).orElse("");
            if (!numeric(type)) {
                throw new IllegalArgumentException("The weight column " + weight + " of " + v + " is " + type + ", not a number");
            }
            if (weight.equalsIgnoreCase(src) || weight.equalsIgnoreCase(dst)) {
                throw new IllegalArgumentException("The weight column " + weight + " of " + v + " is also the source or destination");
            }
        }
        return GraphSource.custom(v, src, dst, weight, directed.get());
    }

    private static String column(List<ColumnInfo> cols, String view, String chosen, String role) {
        String c = trimmed(chosen);
        if (c == null) {
            throw new IllegalArgumentException("Choose the " + role + " column of " + view);
        }
        return cols.stream().map(ColumnInfo::name).filter(n -> n.equalsIgnoreCase(c)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The " + role + " column " + c + " is not a column of " + view));
    }

    private static Optional<String> type(List<ColumnInfo> cols, String name) {
        return cols.stream().filter(c -> c.name().equalsIgnoreCase(name)).map(ColumnInfo::type).findFirst();
    }

    static boolean numeric(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals("int") || t.equals("integer") || t.equals("bigint") || t.equals("smallint") || t.equals("tinyint")
                || t.equals("double") || t.equals("float") || t.equals("real") || t.startsWith("decimal") || t.equals("long")
                || t.equals("short") || t.equals("byte");
    }

    /** The layout file's name for the choice: {@code social}, {@code co-purchase-w2}, {@code view-edges-a-b}. */
    public static String layoutName(GraphSource source) {
        return switch (source.kind()) {
            case SOCIAL -> "social";
            case CO_PURCHASE -> "co-purchase-w" + source.minWeight();
            case CUSTOM -> ("view-" + source.view() + "-" + source.sourceColumn() + "-" + source.destinationColumn()
                    + (source.directed() ? "" : "-undirected")).replaceAll("[^A-Za-z0-9_.-]", "_");
        };
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public IntegerProperty minWeightProperty() {
        return minWeight;
    }

    public StringProperty viewProperty() {
        return view;
    }

    public StringProperty sourceColumnProperty() {
        return sourceColumn;
    }

    public StringProperty destinationColumnProperty() {
        return destinationColumn;
    }

    /** Empty or null: no weight column (an edge's weight is then the number of rows naming the pair). */
    public StringProperty weightColumnProperty() {
        return weightColumn;
    }

    public BooleanProperty directedProperty() {
        return directed;
    }

    public ObservableList<String> views() {
        return views;
    }

    /** The chosen view's columns. */
    public ObservableList<String> columns() {
        return columns;
    }
}
