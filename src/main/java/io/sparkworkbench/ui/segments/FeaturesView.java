package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.ValueGrid;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/** The view {@code customer_features}: its first rows, and how many customers it holds. */
final class FeaturesView extends BorderPane {

    private final ValueGrid grid = new ValueGrid();
    private final Label caption = new Label("Open a data set: customer features are computed from its orders, order items,"
            + " clickstream and reviews.");

    FeaturesView(SegmentsViewModel model) {
        setId("segments-features");
        grid.setId("features-grid");
        caption.setWrapText(true);
        caption.setPadding(new Insets(6, 8, 6, 8));
        setTop(caption);
        setCenter(grid);
        model.featureTableProperty().addListener((obs, old, table) -> show(table));
    }

    private void show(FeatureTable table) {
        if (table == null) {
            grid.clear();
            return;
        }
        grid.show(table.preview().columns().stream().map(ColumnInfo::name).toList(),
                table.preview().columns().stream().map(ColumnInfo::type).toList(), table.preview().rows());
        caption.setText("customer_features: " + Formats.count(table.customers()) + " customers × " + table.features().size()
                + " features" + (table.preview().more() ? " (showing the first " + Formats.count(table.preview().rows().size()) + ")" : "")
                + ". Query it in the SQL tab, e.g. SELECT * FROM customer_features ORDER BY monetary DESC.");
    }
}
