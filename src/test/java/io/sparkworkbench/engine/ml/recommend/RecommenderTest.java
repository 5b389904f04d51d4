package io.sparkworkbench.engine.ml.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-made rank-2 factors: products 1, 2 point along x (books), 3, 4 along y (toys), 5 diagonal. Customer 10
 * points along x, 20 along y; 30 has no factors. Scores are dot products, so the expected order is known.
 */
class RecommenderTest {

    private static final List<ProductInfo> PRODUCTS = List.of(
            new ProductInfo(1, "Book A", "Books", "b", 10), new ProductInfo(2, "Book B", "Books", "b", 11),
            new ProductInfo(3, "Toy A", "Toys", "t", 20), new ProductInfo(4, "Toy B", "Toys", "t", 21),
            new ProductInfo(5, "Mixed", "Toys", "t", 5), new ProductInfo(6, "Never seen", "Books", "b", 9));
    private static final CustomerDirectory DIRECTORY = CustomerDirectory.of(List.of(
            new CustomerHit(10, "Reader", "r@x", "US"), new CustomerHit(20, "Player", "p@x", "France"),
            new CustomerHit(30, "Newbie", "n@x", "France"), new CustomerHit(40, "Stranger", "s@x", "Chile")));

    private static Recommender recommender() {
        return Recommender.builder(2)
                .products(PRODUCTS)
                .itemFactors(new long[] {1, 2, 3, 4, 5}, new float[] {1.0f, 0.1f, 0.9f, 0.0f, 0.0f, 1.0f, 0.1f, 0.8f, 0.6f, 0.6f})
                .userFactors(new long[] {20, 10}, new float[] {0, 1, 1, 0})
                .bought(new long[] {10, 10, 20}, new long[] {1, 1, 3})
                .popularOverall(new long[] {3, 1, 6}, new double[] {0.5, 0.3, 0.2})
                .popularInCountry("France", new long[] {4, 2}, new double[] {0.6, 0.4})
                .segment(40, "Champions")
                .popularInSegment("Champions", new long[] {5, 3}, new double[] {0.7, 0.3})
                .directory(DIRECTORY)
                .build();
    }

    @Test
    void topNFollowsTheDotProductsAndExcludesBoughtProducts() {
        RecommendationList list = recommender().recommend(10, 3, false);
        assertEquals(List.of(2L, 5L, 4L), productIds(list));
        assertEquals(0.9, list.items().get(0).score(), 1e-6);
        assertTrue(list.fallback().isEmpty());
        assertTrue(list.items().stream().noneMatch(Recommendation::bought));
    }

    @Test
    void includingBoughtMarksThemAndSaysBecauseOfTheNearestBoughtProduct() {
        RecommendationList list = recommender().recommend(10, 2, true);
        assertEquals(List.of(1L, 2L), productIds(list));
        assertTrue(list.items().get(0).bought());
        assertFalse(list.items().get(1).bought());
        assertEquals(1L, list.items().get(1).becauseOf().getAsLong());
        assertEquals("Book A", list.items().get(1).becauseName());
        // Product 1 is the only thing bought: nothing else explains it.
        assertTrue(list.items().get(0).becauseOf().isEmpty());
    }

    @Test
    void customersWithoutFactorsGetTheirSegmentsThenCountrysThenOverallPopularList() {
        Recommender r = recommender();
        RecommendationList segment = r.recommend(40, 5, false);
        assertEquals(List.of(5L, 3L), productIds(segment));
        assertTrue(segment.fallback().orElseThrow().startsWith("Popular with Champions"));
        RecommendationList country = r.recommend(30, 5, false);
        assertEquals(List.of(4L, 2L), productIds(country));
        assertEquals("Popular in France: the model has no history for this customer", country.fallback().orElseThrow());
        RecommendationList unknown = r.recommend(99, 5, false);
        assertTrue(unknown.items().isEmpty());
        assertEquals("No customer 99 in this data set", unknown.fallback().orElseThrow());
        assertFalse(r.knowsCustomer(30));
        assertTrue(r.knowsCustomer(20));
    }

    @Test
    void similarProductsAreByCosineAndLikelyBuyersSkipThoseWhoBoughtIt() {
        Recommender r = recommender();
        List<SimilarProduct> similar = r.similar(1, 2);
        assertEquals(2L, similar.get(0).product().productId());
        assertEquals(5L, similar.get(1).product().productId());
        assertTrue(r.similar(6, 3).isEmpty(), "no factors, no neighbours");
        List<LikelyBuyer> buyers = r.likelyBuyers(3, 5);
        assertEquals(List.of(10L), buyers.stream().map(LikelyBuyer::customerId).toList(), "customer 20 bought product 3");
        assertEquals("Reader", buyers.get(0).name());
    }

    @Test
    void categoryMixComparesDistinctBoughtProductsWithTheTopN() {
        List<CategoryShare> mix = recommender().categoryMix(10, 2);
        assertEquals(List.of("Books", "Toys"), mix.stream().map(CategoryShare::category).toList());
        assertEquals(1.0, mix.get(0).historyShare(), 1e-9);
        assertEquals(0.5, mix.get(0).recommendedShare(), 1e-9);
        assertEquals(0.5, mix.get(1).recommendedShare(), 1e-9);
    }

    @Test
    void productSearchAndLookup() {
        Recommender r = recommender();
        assertEquals(List.of(3L, 4L), r.searchProducts("toy", 5).stream().map(ProductInfo::productId).toList());
        assertEquals("Mixed", r.product(5).orElseThrow().name());
        assertTrue(r.product(77).isEmpty());
    }

    @Test
    void factorsOfAProductMissingFromTheCatalogueAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Recommender.builder(1).products(PRODUCTS)
                .itemFactors(new long[] {99}, new float[] {1}).userFactors(new long[] {10}, new float[] {1})
                .directory(DIRECTORY).build());
    }

    @Test
    void boughtSetsCollapseDuplicatesAndKeepEachCustomersProductsSorted() {
        BoughtSets sets = BoughtSets.of(new long[] {5, 3, 5, 5, 3, 2_000_000_000L}, new int[] {9, 1, 2, 9, 1, 4});
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {2, 9}, sets.of(5));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1}, sets.of(3));
        assertTrue(sets.bought(2_000_000_000L, 4));
        assertFalse(sets.bought(3, 9));
        assertEquals(0, sets.of(4).length);
        assertThrows(IllegalArgumentException.class, () -> BoughtSets.of(new long[] {-1}, new int[] {0}));
    }

    private static List<Long> productIds(RecommendationList list) {
        return list.items().stream().map(r -> r.product().productId()).toList();
    }
}
