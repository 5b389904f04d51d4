package io.sparkworkbench.engine.ml.recommend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a {@link Recommender} from plain arrays, so the Spark side (collecting factors and purchases) and
 * tests (hand-made factors) build it the same way. Products, both factor tables and the directory are required.
 */
public final class RecommenderBuilder {

    private final int rank;
    private ProductInfo[] products;
    private FactorTable users;
    private FactorTable items;
    private long[] boughtCustomers = new long[0];
    private long[] boughtProducts = new long[0];
    private final PopularLists popular = new PopularLists();
    private final Map<String, long[]> countryLists = new HashMap<>();
    private final Map<String, double[]> countryShares = new HashMap<>();
    private final Map<String, long[]> segmentLists = new HashMap<>();
    private final Map<String, double[]> segmentShares = new HashMap<>();
    private long[] overallList = new long[0];
    private double[] overallShares = new double[0];
    private final Map<Long, String> segments = new HashMap<>();
    private CustomerDirectory directory;

    RecommenderBuilder(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("Rank must be at least 1, not " + rank);
        }
        this.rank = rank;
    }

    /** Every product of the data set (ids distinct), whether or not the model has factors for it. */
    public RecommenderBuilder products(List<ProductInfo> all) {
        ProductInfo[] sorted = all.toArray(ProductInfo[]::new);
        Arrays.sort(sorted, (a, b) -> Long.compare(a.productId(), b.productId()));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].productId() == sorted[i - 1].productId()) {
                throw new IllegalArgumentException("Product id " + sorted[i].productId() + " appears twice in the products table");
            }
        }
        products = sorted;
        return this;
    }

    /** Customers' factors, {@code rank} floats per id, row-major. */
    public RecommenderBuilder userFactors(long[] customerIds, float[] factors) {
        users = FactorTable.of(rank, customerIds, factors);
        return this;
    }

    public RecommenderBuilder itemFactors(long[] productIds, float[] factors) {
        items = FactorTable.of(rank, productIds, factors);
        return this;
    }

    /** (customer, product) purchase pairs, any order, duplicates allowed: what "exclude bought" excludes. The arrays are kept, not copied. */
    public RecommenderBuilder bought(long[] customerIds, long[] productIds) {
        if (customerIds.length != productIds.length) {
            throw new IllegalArgumentException("Bought pairs: " + customerIds.length + " customers vs " + productIds.length + " products");
        }
        // Not copied: at scale 100 these are ~13M pairs, and the builder only reads them in build().
        boughtCustomers = customerIds;
        boughtProducts = productIds;
        return this;
    }

    /** Products most bought first, with each one's share of the purchases counted. */
    public RecommenderBuilder popularOverall(long[] productIds, double[] shares) {
        overallList = productIds.clone();
        overallShares = shares.clone();
        return this;
    }

    public RecommenderBuilder popularInCountry(String country, long[] productIds, double[] shares) {
        countryLists.put(country, productIds.clone());
        countryShares.put(country, shares.clone());
        return this;
    }

    public RecommenderBuilder popularInSegment(String segment, long[] productIds, double[] shares) {
        segmentLists.put(segment, productIds.clone());
        segmentShares.put(segment, shares.clone());
        return this;
    }

    /** The customer's segment name (from {@code customer_segments}), used to pick their fallback list. */
    public RecommenderBuilder segment(long customerId, String name) {
        segments.put(customerId, name);
        return this;
    }

    public RecommenderBuilder directory(CustomerDirectory customers) {
        directory = customers;
        return this;
    }

    public Recommender build() {
        if (products == null || users == null || items == null || directory == null) {
            throw new IllegalStateException("A recommender needs products, user factors, item factors and the customer directory");
        }
        long[] ids = Arrays.stream(products).mapToLong(ProductInfo::productId).toArray();
        popular.overall(ranked(ids, overallList, overallShares));
        countryLists.forEach((country, list) -> popular.country(country, ranked(ids, list, countryShares.get(country))));
        segmentLists.forEach((segment, list) -> popular.segment(segment, ranked(ids, list, segmentShares.get(segment))));
        int kept = 0;
        long[] customers = new long[boughtCustomers.length];
        int[] productIndices = new int[boughtProducts.length];
        for (int i = 0; i < boughtCustomers.length; i++) {
            int p = Arrays.binarySearch(ids, boughtProducts[i]);
            // A purchase of a product missing from the products table can never be recommended, so it needs no exclusion.
            if (p >= 0) {
                customers[kept] = boughtCustomers[i];
                productIndices[kept++] = p;
            }
        }
        BoughtSets sets = BoughtSets.of(Arrays.copyOf(customers, kept), Arrays.copyOf(productIndices, kept));
        return new Recommender(users, items, products, sets, popular, directory, segments);
    }

    private static PopularLists.Ranked ranked(long[] ids, long[] productIds, double[] shares) {
        if (productIds.length != shares.length) {
            throw new IllegalArgumentException("A popular list has " + productIds.length + " products but " + shares.length + " shares");
        }
        int[] indices = new int[productIds.length];
        double[] keptShares = new double[productIds.length];
        int kept = 0;
        for (int i = 0; i < productIds.length; i++) {
            int p = Arrays.binarySearch(ids, productIds[i]);
            if (p >= 0) {
                indices[kept] = p;
                keptShares[kept++] = shares[i];
            }
        }
        return new PopularLists.Ranked(Arrays.copyOf(indices, kept), Arrays.copyOf(keptShares, kept));
    }
}
