package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.CategoryShare;
import io.sparkworkbench.engine.ml.recommend.CustomerCard;
import io.sparkworkbench.engine.ml.recommend.CustomerDirectory;
import io.sparkworkbench.engine.ml.recommend.CustomerHit;
import io.sparkworkbench.engine.ml.recommend.HistoryLine;
import io.sparkworkbench.engine.ml.recommend.LikelyBuyer;
import io.sparkworkbench.engine.ml.recommend.ProductInfo;
import io.sparkworkbench.engine.ml.recommend.Recommendation;
import io.sparkworkbench.engine.ml.recommend.RecommendationList;
import io.sparkworkbench.engine.ml.recommend.Recommender;
import io.sparkworkbench.engine.ml.recommend.SimilarProduct;
import io.sparkworkbench.ui.common.BackgroundAction;
import io.sparkworkbench.ui.common.Formats;
import io.sparkworkbench.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recommendation browser: the customer type-ahead (answered from the in-memory directory on each key, no
 * Spark job), the chosen customer's card (one background call), their top-N from the in-memory recommender
 * (bought items hidden unless asked for), the shown product's similar products and likely buyers, and the
 * category mix of the customer's history against their recommendations.
 */
public final class BrowserViewModel {

    public static final int SUGGESTIONS = 12;
    public static final int HISTORY_LIMIT = 200;
    public static final int NEIGHBOURS = 10;
    static final String TRAIN_FIRST = "Train a model (Model tab) to see recommendations for this customer.";

    private final RecommendBackend backend;
    private final BackgroundAction cardAction;
    private final ObservableList<CustomerHit> suggestions = FXCollections.observableArrayList();
    private final ObservableList<ProductInfo> productSuggestions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CustomerHit> customer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CustomerCard> card = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RecommendationList> recommendations = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper recommendationNote = new ReadOnlyStringWrapper("Find a customer by id, name or email.");
    private final ObjectProperty<Integer> n = new SimpleObjectProperty<>(10);
    private final BooleanProperty showBought = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ProductInfo> product = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SimilarProduct> similar = FXCollections.observableArrayList();
    private final ObservableList<LikelyBuyer> buyers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper productNote = new ReadOnlyStringWrapper("Click a product in the history or the recommendations.");
    private final ReadOnlyObjectWrapper<List<CategoryShare>> customerMix = new ReadOnlyObjectWrapper<>(List.of());
    private CustomerDirectory directory;
    private Recommender recommender;

    public BrowserViewModel(RecommendBackend backend, TaskRunner runner) {
        this.backend = backend;
        this.cardAction = new BackgroundAction(runner);
        n.addListener((obs, old, now) -> refreshRecommendations());
        showBought.addListener((obs, old, now) -> refreshRecommendations());
    }

    /** A data set was opened: its customers, for the type-ahead. Forgets the customer and product shown. */
    public void setDirectory(CustomerDirectory customers) {
        directory = customers;
        suggestions.clear();
        customer.set(null);
        card.set(null);
        clearProduct();
        refreshRecommendations();
    }

    /** A model was trained or reloaded (or null: none yet); what is shown is recomputed from it. */
    public void setRecommender(Recommender now) {
        recommender = now;
        refreshRecommendations();
        ProductInfo shown = product.get();
        if (shown != null) {
            showProduct(shown);
        }
    }

    /** The type-ahead: customers matching the text by id, name or email, from memory. */
    public void search(String text) {
        suggestions.setAll(directory == null ? List.of() : directory.search(text, SUGGESTIONS));
    }

    /** Products matching by id or name; needs a model (the products live with it). */
    public void searchProducts(String text) {
        productSuggestions.setAll(recommender == null ? List.of() : recommender.searchProducts(text, SUGGESTIONS));
    }

    /** Opens the customer: their recommendations at once, their card (profile, history) from the engine. */
    public void openCustomer(long customerId) {
        Optional<CustomerHit> hit = directory == null ? Optional.empty() : directory.byId(customerId);
        if (hit.isEmpty()) {
            cardAction.setStatus(directory == null ? "Open a data set first (the Data tab)." : "No customer " + customerId + " in this data set.");
            return;
        }
        customer.set(hit.get());
        card.set(null);
        refreshRecommendations();
        cardAction.start(backend.card(customerId, HISTORY_LIMIT), "Reading " + hit.get().name() + "'s orders…",
                "Cannot read customer " + customerId, c -> {
                    if (customer.get() != null && customer.get().customerId() == c.customer().customerId()) {
                        card.set(c);
                        cardAction.setStatus(c.history().size() < c.historyLines()
                                ? "Showing the newest " + Formats.count(c.history().size()) + " of " + Formats.count(c.historyLines())
                                + " purchased lines."
                                : "");
                    }
                });
    }

    public void refreshRecommendations() {
        CustomerHit shown = customer.get();
        if (shown == null) {
            recommendations.set(null);
            customerMix.set(List.of());
            recommendationNote.set(directory == null ? "Open a data set in the Data tab." : "Find a customer by id, name or email.");
            return;
        }
        if (recommender == null) {
            recommendations.set(null);
            customerMix.set(List.of());
            recommendationNote.set(TRAIN_FIRST);
            return;
        }
        int count = n.get() == null ? 10 : n.get();
        RecommendationList list = recommender.recommend(shown.customerId(), count, showBought.get());
        recommendations.set(list);
        customerMix.set(recommender.categoryMix(shown.customerId(), count));
        recommendationNote.set(list.fallback().orElseGet(() -> "Top " + list.items().size() + " from ALS"
                + (showBought.get() ? ", bought items included and marked" : ", items already bought left out") + "."));
    }

    /** Shows a product by id: from the model when there is one, else from the card's history. */
    public void openProduct(long productId) {
        Optional<ProductInfo> info = recommender == null ? Optional.empty() : recommender.product(productId);
        if (info.isEmpty()) {
            info = historyProduct(productId);
        }
        info.ifPresentOrElse(this::showProduct, () -> {
            clearProduct();
            productNote.set("No product " + productId + " in this data set.");
        });
    }

    private void showProduct(ProductInfo info) {
        product.set(info);
        if (recommender == null) {
            similar.clear();
            buyers.clear();
            productNote.set("Train a model (Model tab) to see similar products and likely buyers.");
            return;
        }
        similar.setAll(recommender.similar(info.productId(), NEIGHBOURS));
        buyers.setAll(recommender.likelyBuyers(info.productId(), NEIGHBOURS));
        productNote.set(similar.isEmpty() ? "Nobody in the training data bought " + info.name()
                + ": the model has no factors for it, so no neighbours or likely buyers." : "");
    }

    private Optional<ProductInfo> historyProduct(long productId) {
        CustomerCard now = card.get();
        return now == null ? Optional.empty() : now.history().stream().map(HistoryLine::product)
                .filter(p -> p.productId() == productId).findFirst();
    }

    private void clearProduct() {
        product.set(null);
        similar.clear();
        buyers.clear();
        productNote.set("Click a product in the history or the recommendations.");
    }

    public ObservableList<CustomerHit> suggestions() {
        return suggestions;
    }

    public ObservableList<ProductInfo> productSuggestions() {
        return productSuggestions;
    }

    public ReadOnlyObjectProperty<CustomerHit> customerProperty() {
        return customer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CustomerCard> cardProperty() {
        return card.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecommendationList> recommendationsProperty() {
        return recommendations.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty recommendationNoteProperty() {
        return recommendationNote.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> nProperty() {
        return n;
    }

    public BooleanProperty showBoughtProperty() {
        return showBought;
    }

    public ReadOnlyObjectProperty<ProductInfo> productProperty() {
        return product.getReadOnlyProperty();
    }

    public ObservableList<SimilarProduct> similar() {
        return similar;
    }

    public ObservableList<LikelyBuyer> buyers() {
        return buyers;
    }

    public ReadOnlyStringProperty productNoteProperty() {
        return productNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<CategoryShare>> customerMixProperty() {
        return customerMix.getReadOnlyProperty();
    }

    public BackgroundAction cardAction() {
        return cardAction;
    }

    boolean hasModel() {
        return recommender != null;
    }
}
