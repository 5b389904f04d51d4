package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.LikelyBuyer;
import io.sparkworkbench.engine.ml.recommend.ProductInfo;
import io.sparkworkbench.engine.ml.recommend.SimilarProduct;
import io.sparkworkbench.ui.common.Columns;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The product under the browser: what it is, its nearest products (cosine of item factors) and its likely buyers. */
final class ProductView extends VBox {

    private final TableView<SimilarProduct> similar = new TableView<>();
    private final TableView<LikelyBuyer> buyers = new TableView<>();

    ProductView(BrowserViewModel browser) {
        super(4);
        setId("recommend-product");
        setPadding(new Insets(6, 8, 6, 8));
        Label title = new Label();
        title.setId("product-title");
        title.getStyleClass().add("recommend-title");
        Label note = new Label();
        note.setId("product-note");
        note.getStyleClass().add("form-hint");
        note.setWrapText(true);
        note.textProperty().bind(browser.productNoteProperty());
        browser.productProperty().addListener((obs, old, p) -> title.setText(describe(p)));
        title.setText(describe(null));

        similar.setId("product-similar");
        similar.setItems(browser.similar());
        similar.setPlaceholder(hint("Similar products appear here"));
        similar.getColumns().setAll(List.of(
                Columns.text("similar product", s -> s.product().name()),
                Columns.text("category", s -> s.product().category()),
                Columns.number("cosine", SimilarProduct::similarity, v -> String.format(Locale.US, "%.3f", v))));
        similar.getColumns().get(0).setPrefWidth(150);
        similar.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        similar.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            if (s != null) {
                browser.openProduct(s.product().productId());
            }
        });

        buyers.setId("product-buyers");
        buyers.setItems(browser.buyers());
        buyers.setPlaceholder(hint("Customers likely to buy it appear here"));
        buyers.getColumns().setAll(List.of(
                Columns.text("likely buyer", b -> b.name() + "  #" + b.customerId()),
                Columns.text("country", LikelyBuyer::country),
                Columns.number("score", LikelyBuyer::score, v -> String.format(Locale.US, "%.3f", v))));
        buyers.getColumns().get(0).setPrefWidth(150);
        buyers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        buyers.setOnMouseClicked(e -> {
            LikelyBuyer b = buyers.getSelectionModel().getSelectedItem();
            if (b != null && e.getClickCount() >= 1) {
                browser.openCustomer(b.customerId());
            }
        });
        SplitPane tables = new SplitPane(similar, buyers);
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().addAll(title, note, tables);
    }

    private static String describe(ProductInfo p) {
        return p == null ? "No product shown" : p.name() + "  ·  " + p.category() + "  ·  " + p.brand() + "  ·  "
                + String.format(Locale.US, "$%,.2f", p.price()) + "  ·  #" + p.productId();
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-hint");
        return label;
    }

    TableView<SimilarProduct> similar() {
        return similar;
    }

    TableView<LikelyBuyer> buyers() {
        return buyers;
    }
}
