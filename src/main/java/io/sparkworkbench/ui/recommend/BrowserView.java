package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.CustomerHit;
import io.sparkworkbench.engine.ml.recommend.ProductInfo;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * "Browser": find a customer (type-ahead) or a product; the customer's card and history beside their
 * recommendations; the product's neighbours and likely buyers underneath.
 */
final class BrowserView extends BorderPane {

    private final SearchField<CustomerHit> customers;
    private final SearchField<ProductInfo> products;
    private final CustomerCardView card;
    private final RecommendationsView recommendations;
    private final ProductView product;

    BrowserView(BrowserViewModel browser) {
        setId("recommend-browser");
        customers = new SearchField<>("browser-customer-search", "Customer id, name or email…", browser.suggestions(), browser::search,
                c -> "#" + c.customerId() + "  " + c.name() + "  ·  " + c.email() + "  ·  " + c.country(),
                c -> browser.openCustomer(c.customerId()));
        customers.setPrefColumnCount(24);
        products = new SearchField<>("browser-product-search", "Product id or name…", browser.productSuggestions(),
                browser::searchProducts, p -> "#" + p.productId() + "  " + p.name() + "  ·  " + p.category(),
                p -> browser.openProduct(p.productId()));
        products.setPrefColumnCount(16);
        CheckBox showBought = new CheckBox("Show bought");
        showBought.setId("browser-show-bought");
        showBought.setMinWidth(Region.USE_PREF_SIZE);
        showBought.selectedProperty().bindBidirectional(browser.showBoughtProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, label("Customer"), customers, label("Top"), Fields.integer("browser-n", 1, 100, browser.nProperty()),
                showBought, gap, label("Product"), products);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        setTop(bar);

        // The history gets the whole height on the left (with the jobs panel open it had room for two rows
        // under a full-width product pane); the recommendations and the product they lead to share the right.
        card = new CustomerCardView(browser);
        recommendations = new RecommendationsView(browser);
        product = new ProductView(browser);
        SplitPane right = new SplitPane(recommendations, product);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.55);
        SplitPane sideBySide = new SplitPane(card, right);
        sideBySide.setDividerPositions(0.45);
        setCenter(sideBySide);
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    SearchField<CustomerHit> customerSearch() {
        return customers;
    }

    CustomerCardView card() {
        return card;
    }

    RecommendationsView recommendations() {
        return recommendations;
    }

    ProductView product() {
        return product;
    }
}
