package io.sparkworkbench.engine.ml.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Serves recommendations from ALS's user and item factors held in memory as primitive arrays: a customer's
 * top-N (bought products excluded unless asked for, each with its "because you bought"), similar products,
 * likely buyers of a product, and the stated fallback for customers the model has no factors for. Built once
 * per model by {@link RecommenderBuilder}; immutable and thread-safe. One customer's list is one pass over the
 * item factors (500 × rank at scale 1), well under a millisecond.
 */
public final class Recommender {

    private final FactorTable users;
    private final FactorTable items;
    private final ProductInfo[] products;
    private final long[] productIds;
    private final int[] itemProduct;
    private final int[] productItem;
    private final BoughtSets bought;
    private final PopularLists popular;
    private final CustomerDirectory directory;
    private final Map<Long, String> segments;

    Recommender(FactorTable users, FactorTable items, ProductInfo[] productsById, BoughtSets bought, PopularLists popular,
                CustomerDirectory directory, Map<Long, String> segments) {
        this.users = users;
        this.items = items;
        this.products = productsById;
        this.productIds = Arrays.stream(productsById).mapToLong(ProductInfo::productId).toArray();
        this.itemProduct = new int[items.size()];
        this.productItem = new int[productsById.length];
        Arrays.fill(productItem, -1);
        for (int row = 0; row < items.size(); row++) {
            int p = productIndex(items.id(row));
            if (p < 0) {
                throw new IllegalArgumentException("The model has factors for product " + items.id(row) + ", which is not in the products table");
            }
            itemProduct[row] = p;
            productItem[p] = row;
        }
        this.bought = bought;
        this.popular = popular;
        this.directory = directory;
        this.segments = Map.copyOf(segments);
    }

    public static RecommenderBuilder builder(int rank) {
        return new RecommenderBuilder(rank);
    }

    public RecommendationList recommend(long customerId, int n, boolean includeBought) {
        int user = users.row(customerId);
        if (user < 0) {
            return fallback(customerId, n, includeBought);
        }
        int[] boughtProducts = bought.of(customerId);
        TopN top = new TopN(n);
        for (int row = 0; row < items.size(); row++) {
            if (includeBought || Arrays.binarySearch(boughtProducts, itemProduct[row]) < 0) {
                top.offer(row, users.dot(user, items, row));
            }
        }
        List<Recommendation> out = new ArrayList<>();
        for (int row : top.indicesBestFirst()) {
            int p = itemProduct[row];
            int because = nearestBought(row, boughtProducts);
            out.add(new Recommendation(products[p], top.scoreOf(row), Arrays.binarySearch(boughtProducts, p) >= 0,
                    because < 0 ? OptionalLong.empty() : OptionalLong.of(products[because].productId()),
                    because < 0 ? "" : products[because].name()));
        }
        return new RecommendationList(customerId, out, Optional.empty());
    }

    public List<SimilarProduct> similar(long productId, int n) {
        int p = productIndex(productId);
        int row = p < 0 ? -1 : productItem[p];
        if (row < 0) {
            return List.of();
        }
        TopN top = new TopN(n);
        for (int other = 0; other < items.size(); other++) {
            if (other != row) {
                top.offer(other, items.cosine(row, other));
            }
        }
        List<SimilarProduct> out = new ArrayList<>();
        for (int other : top.indicesBestFirst()) {
            out.add(new SimilarProduct(products[itemProduct[other]], top.scoreOf(other)));
        }
        return out;
    }

    public List<LikelyBuyer> likelyBuyers(long productId, int n) {
        int p = productIndex(productId);
        int row = p < 0 ? -1 : productItem[p];
        if (row < 0) {
            return List.of();
        }
        TopN top = new TopN(n);
        for (int user = 0; user < users.size(); user++) {
            if (!bought.bought(users.id(user), p)) {
                top.offer(user, users.dot(user, items, row));
            }
        }
        List<LikelyBuyer> out = new ArrayList<>();
        for (int user : top.indicesBestFirst()) {
            long id = users.id(user);
            Optional<CustomerHit> hit = directory.byId(id);
            out.add(new LikelyBuyer(id, hit.map(CustomerHit::name).orElse(""), hit.map(CustomerHit::country).orElse(""), top.scoreOf(user)));
        }
        return out;
    }

    public Optional<ProductInfo> product(long productId) {
        int p = productIndex(productId);
        return p < 0 ? Optional.empty() : Optional.of(products[p]);
    }

    /** Products whose id starts with, or whose name contains, {@code text} (case-insensitive), for the product search box. */
    public List<ProductInfo> searchProducts(String text, int limit) {
        String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (query.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<ProductInfo> byId = new ArrayList<>();
        List<ProductInfo> byName = new ArrayList<>();
        for (ProductInfo product : products) {
            if (byId.size() >= limit) {
                break;
            }
            if (Long.toString(product.productId()).startsWith(query)) {
                byId.add(product);
            } else if (byName.size() < limit && product.name().toLowerCase(Locale.ROOT).contains(query)) {
                byName.add(product);
            }
        }
        byId.addAll(byName);
        return byId.subList(0, Math.min(limit, byId.size()));
    }

    /** Whether ALS has factors for the customer (otherwise {@link #recommend} falls back to a popular list). */
    public boolean knowsCustomer(long customerId) {
        return users.row(customerId) >= 0;
    }

    public int rank() {
        return users.rank();
    }

    /** Categories of the customer's distinct bought products against those of their top-{@code n}, as shares, by category name. */
    public List<CategoryShare> categoryMix(long customerId, int n) {
        Map<String, double[]> counts = new TreeMap<>();
        for (ProductInfo product : products) {
            counts.putIfAbsent(product.category(), new double[2]);
        }
        int[] boughtProducts = bought.of(customerId);
        for (int p : boughtProducts) {
            counts.get(products[p].category())[0]++;
        }
        List<Recommendation> recommended = recommend(customerId, n, false).items();
        for (Recommendation r : recommended) {
            counts.get(r.product().category())[1]++;
        }
        List<CategoryShare> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : counts.entrySet()) {
            out.add(new CategoryShare(e.getKey(), share(e.getValue()[0], boughtProducts.length), share(e.getValue()[1], recommended.size())));
        }
        return out;
    }

    private RecommendationList fallback(long customerId, int n, boolean includeBought) {
        Optional<CustomerHit> customer = directory.byId(customerId);
        if (customer.isEmpty()) {
            return new RecommendationList(customerId, List.of(), Optional.of("No customer " + customerId + " in this data set"));
        }
        String why = ": the model has no history for this customer";
        Map<String, PopularLists.Ranked> candidates = new LinkedHashMap<>();
        String segment = segments.get(customerId);
        if (segment != null) {
            popular.segment(segment).ifPresent(r -> candidates.put("Popular with " + segment, r));
        }
        directory.countryOf(customerId).flatMap(popular::country).ifPresent(r -> candidates.put("Popular in " + customer.get().country(), r));
        candidates.put("Popular overall", popular.overall());
        Map.Entry<String, PopularLists.Ranked> chosen = candidates.entrySet().iterator().next();
        int[] boughtProducts = bought.of(customerId);
        List<Recommendation> out = new ArrayList<>();
        PopularLists.Ranked ranked = chosen.getValue();
        for (int i = 0; i < ranked.products().length && out.size() < n; i++) {
            int p = ranked.products()[i];
            boolean isBought = Arrays.binarySearch(boughtProducts, p) >= 0;
            if (includeBought || !isBought) {
                out.add(new Recommendation(products[p], ranked.shares()[i], isBought, OptionalLong.empty(), ""));
            }
        }
        return new RecommendationList(customerId, out, Optional.of(chosen.getKey() + why));
    }

    /** The bought product whose item factors are nearest (cosine) to item {@code row}, other than itself; −1 if none. */
    private int nearestBought(int row, int[] boughtProducts) {
        int best = -1;
        double bestSimilarity = Double.NEGATIVE_INFINITY;
        for (int p : boughtProducts) {
            int other = productItem[p];
            if (other >= 0 && other != row) {
                double similarity = items.cosine(row, other);
                if (similarity > bestSimilarity) {
                    bestSimilarity = similarity;
                    best = p;
                }
            }
        }
        return best;
    }

    int productIndex(long productId) {
        int i = Arrays.binarySearch(productIds, productId);
        return i < 0 ? -1 : i;
    }

    private static double share(double count, int total) {
        return total == 0 ? 0 : count / total;
    }
}
