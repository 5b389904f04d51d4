package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.Recommendation;
import io.sparkworkbench.engine.ml.recommend.RecommendationList;
import io.sparkworkbench.ui.common.Columns;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The right half of the browser: the customer's top-N with score, category and why; a fallback list (the
 * model has no factors for the customer) says so in a banner above it; bought items, when shown, are marked.
 */
final class RecommendationsView extends VBox {

    private final TableView<Recommendation> table = new TableView<>();
    private final Label note = new Label();

    RecommendationsView(BrowserViewModel browser) {
        super(4);
        setId("recommend-list");
        setPadding(new Insets(6, 8, 6, 6));
        Label title = new Label("Recommended");
        title.getStyleClass().add("recommend-title");
        note.setId("recommend-note");
        note.setWrapText(true);
        note.setMaxWidth(Double.MAX_VALUE);
        note.textProperty().bind(browser.recommendationNoteProperty());
        table.setId("recommend-table");
        Label empty = new Label();
        empty.textProperty().bind(browser.recommendationNoteProperty());
        empty.setWrapText(true);
        empty.getStyleClass().add("form-hint");
        table.setPlaceholder(empty);
        table.getColumns().setAll(List.of(
                Columns.number("#", r -> table.getItems().indexOf(r) + 1, String::valueOf),
                Columns.text("product", r -> r.product().name() + (r.bought() ? "  (bought)" : "")),
                Columns.text("category", r -> r.product().category()),
                Columns.number("score", Recommendation::score, s -> String.format(Locale.US, "%.3f", s)),
                Columns.text("why", RecommendationsView::why)));
        table.getColumns().get(0).setPrefWidth(36);
        table.getColumns().get(1).setPrefWidth(170);
        table.getColumns().get(4).setPrefWidth(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Recommendation r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("recommend-bought");
                if (!empty && r != null && r.bought()) {
                    getStyleClass().add("recommend-bought");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, r) -> {
            if (r != null) {
                browser.openProduct(r.product().productId());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(title, note, table);
        browser.recommendationsProperty().addListener((obs, old, list) -> show(list));
        show(browser.recommendationsProperty().get());
    }

    private void show(RecommendationList list) {
        boolean fallback = list != null && list.fallback().isPresent();
        note.getStyleClass().remove("recommend-fallback");
        note.getStyleClass().remove("form-hint");
        note.getStyleClass().add(fallback ? "recommend-fallback" : "form-hint");
        table.setItems(FXCollections.observableArrayList(list == null ? List.of() : list.items()));
    }

    static String why(Recommendation r) {
        if (r.becauseOf().isPresent()) {
            return "because you bought " + r.becauseName();
        }
        return r.bought() ? "already bought" : "";
    }

    TableView<Recommendation> table() {
        return table;
    }
}
