package io.sparkworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ml.recommend.CustomerHit;
import io.sparkworkbench.engine.ml.recommend.LikelyBuyer;
import io.sparkworkbench.engine.ml.recommend.Recommendation;
import io.sparkworkbench.engine.ml.recommend.SimilarProduct;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserViewModelTest {

    private final FakeBackend backend = new FakeBackend();
    private final BrowserViewModel browser = new BrowserViewModel(backend, new DirectTaskRunner());

    {
        browser.setDirectory(RecommendFixtures.DIRECTORY);
    }

    @Test
    void theTypeAheadFindsCustomersByIdNameOrEmailFromMemory() {
        browser.search("1");
        assertThat(browser.suggestions()).extracting(CustomerHit::customerId).startsWith(1L, 15L);
        browser.search("ad");
        assertThat(browser.suggestions()).extracting(CustomerHit::name).containsExactly("Ada Lovelace", "Adam Smith");
        browser.search("BOB@");
        assertThat(browser.suggestions()).extracting(CustomerHit::customerId).containsExactly(2L);
        browser.search("  ");
        assertThat(browser.suggestions()).isEmpty();
    }

    @Test
    void beforeAModelTheCardShowsAndRecommendationsAskForTraining() {
        browser.openCustomer(1);
        assertThat(backend.cards).containsExactly(1L);
        assertThat(browser.cardProperty().get().history()).hasSize(1);
        assertThat(browser.recommendationsProperty().get()).isNull();
        assertThat(browser.recommendationNoteProperty().get()).isEqualTo(BrowserViewModel.TRAIN_FIRST);

        browser.openProduct(11);
        assertThat(browser.productProperty().get().name()).as("known from the history").isEqualTo("Book A");
        assertThat(browser.productNoteProperty().get()).startsWith("Train a model");
        assertThat(browser.similar()).isEmpty();
    }

    @Test
    void recommendationsLeaveBoughtItemsOutUnlessAskedAndSayWhy() {
        browser.setRecommender(RecommendFixtures.recommender());
        browser.nProperty().set(3);
        browser.openCustomer(1);
        List<Recommendation> items = browser.recommendationsProperty().get().items();
        assertThat(items).extracting(r -> r.product().name()).containsExactly("Book B", "Book C", "Lamp");
        assertThat(items).noneMatch(Recommendation::bought);
        assertThat(RecommendationsView.why(items.get(0))).isEqualTo("because you bought Book A");
        assertThat(browser.recommendationNoteProperty().get()).isEqualTo("Top 3 from ALS, items already bought left out.");

        browser.showBoughtProperty().set(true);
        items = browser.recommendationsProperty().get().items();
        assertThat(items.get(0).product().name()).isEqualTo("Book A");
        assertThat(items.get(0).bought()).isTrue();
        assertThat(browser.recommendationNoteProperty().get()).contains("bought items included and marked");
        assertThat(browser.customerMixProperty().get()).extracting(s -> s.category()).containsExactly("Books", "Home", "Toys");
    }

    @Test
    void aCustomerTheModelDoesNotKnowGetsALabelledFallback() {
        browser.setRecommender(RecommendFixtures.recommender());
        browser.openCustomer(3);
        assertThat(browser.recommendationsProperty().get().items()).extracting(r -> r.product().name()).containsExactly("Toy B", "Book B");
        assertThat(browser.recommendationNoteProperty().get()).isEqualTo("Popular in France: the model has no history for this customer");

        browser.openCustomer(99);
        assertThat(browser.cardAction().statusProperty().get()).isEqualTo("No customer 99 in this data set.");
        assertThat(browser.customerProperty().get().customerId()).as("the shown customer stays").isEqualTo(3);
    }

    @Test
    void aProductShowsItsNeighboursAndLikelyBuyersWhoOpenTheirCard() {
        browser.setRecommender(RecommendFixtures.recommender());
        browser.openProduct(21);
        assertThat(browser.productProperty().get().name()).isEqualTo("Toy A");
        assertThat(browser.similar()).extracting(s -> s.product().name()).startsWith("Toy B");
        assertThat(browser.similar()).extracting(SimilarProduct::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(browser.buyers()).extracting(LikelyBuyer::customerId).doesNotContain(2L, 4L).contains(15L);

        browser.openCustomer(browser.buyers().get(0).customerId());
        assertThat(browser.customerProperty().get().customerId()).isEqualTo(browser.buyers().get(0).customerId());
        assertThat(browser.productProperty().get().name()).as("the product stays while its buyer is looked at").isEqualTo("Toy A");

        browser.searchProducts("toy");
        assertThat(browser.productSuggestions()).extracting(p -> p.name()).containsExactly("Toy A", "Toy B", "Toy C");
        browser.openProduct(77);
        assertThat(browser.productNoteProperty().get()).isEqualTo("No product 77 in this data set.");
    }
}
