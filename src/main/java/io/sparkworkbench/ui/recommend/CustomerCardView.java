package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.CustomerCard;
import io.sparkworkbench.engine.ml.recommend.CustomerHit;
import io.sparkworkbench.engine.ml.recommend.HistoryLine;
import io.sparkworkbench.ui.common.Columns;
import io.sparkworkbench.ui.common.Formats;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The left half of the browser: who the customer is, their segment, totals, and their purchase history. */
final class CustomerCardView extends VBox {

    private final Label title = new Label();
    private final Label contact = new Label();
    private final Label place = new Label();
    private final Label segment = new Label();
    private final Label totals = new Label();
    private final TableView<HistoryLine> history = new TableView<>();

    CustomerCardView(BrowserViewModel browser) {
        super(4);
        setId("recommend-card");
        setPadding(new Insets(6, 6, 6, 8));
        title.setId("card-title");
        title.getStyleClass().add("recommend-title");
        segment.setId("card-segment");
        totals.setId("card-totals");
        for (Label l : List.of(contact, place, segment, totals)) {
            l.setWrapText(true);
        }
        // A VBox, not a grid: a grid column takes its widest label's width, so wrapping labels were cut instead.
        VBox facts = new VBox(2, contact, place, segment, totals);

        history.setId("card-history");
        Label empty = new Label("Purchase history appears when a customer is chosen");
        empty.getStyleClass().add("form-hint");
        history.setPlaceholder(empty);
        history.getColumns().setAll(List.of(
                Columns.text("product", h -> h.product().name()),
                Columns.text("category", h -> h.product().category()),
                Columns.text("date", h -> h.date().toString()),
                Columns.number("qty", HistoryLine::quantity, String::valueOf),
                Columns.text("rating", h -> h.rating().isPresent() ? "★".repeat(h.rating().getAsInt()) : "")));
        history.getColumns().get(0).setPrefWidth(170);
        history.getColumns().get(3).setPrefWidth(45);
        history.getColumns().get(4).setPrefWidth(70);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> {
            if (line != null) {
                browser.openProduct(line.product().productId());
            }
        });
        VBox.setVgrow(history, Priority.ALWAYS);
        Label status = new Label();
        status.setId("card-status");
        status.getStyleClass().add("form-hint");
        status.setWrapText(true);
        status.textProperty().bind(browser.cardAction().statusProperty());
        Label historyTitle = new Label("Purchase history");
        historyTitle.setStyle("-fx-font-weight: bold");
        getChildren().addAll(title, facts, historyTitle, history, status);
        browser.customerProperty().addListener((obs, old, hit) -> showHit(hit));
        browser.cardProperty().addListener((obs, old, card) -> showCard(card));
        showHit(null);
    }

    private void showHit(CustomerHit hit) {
        if (hit == null) {
            title.setText("No customer chosen");
            contact.setText("Type an id, a name or an email above.");
            place.setText("");
        } else {
            title.setText(hit.name() + "  ·  #" + hit.customerId());
            contact.setText(hit.email());
            place.setText(hit.country());
        }
        segment.setText("");
        totals.setText("");
        history.setItems(FXCollections.observableArrayList());
    }

    private void showCard(CustomerCard card) {
        if (card == null) {
            return;
        }
        place.setText(card.city() + ", " + card.customer().country() + "  ·  customer since " + card.signupDate()
                + "  ·  " + card.loyaltyTier() + " tier");
        segment.setText(card.segment().map(s -> "Segment: " + s).orElse(card.segmentNote()));
        totals.setText(Formats.count(card.orders(), "order") + ", " + String.format(Locale.US, "$%,.2f", card.spend()) + " spent, "
                + Formats.count(card.historyLines(), "purchased line"));
        history.setItems(FXCollections.observableArrayList(card.history()));
    }

    TableView<HistoryLine> history() {
        return history;
    }
}
