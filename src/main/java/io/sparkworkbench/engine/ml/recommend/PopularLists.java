package io.sparkworkbench.engine.ml.recommend;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fallback lists for customers the model has no factors for: products by popularity overall, per country
 * and per segment, each with its share of the purchases in that group (the score a fallback shows).
 */
final class PopularLists {

    record Ranked(int[] products, double[] shares) {
    }

    private Ranked overall = new Ranked(new int[0], new double[0]);
    private final Map<String, Ranked> byCountry = new HashMap<>();
    private final Map<String, Ranked> bySegment = new HashMap<>();

    void overall(Ranked ranked) {
        overall = ranked;
    }

    void country(String country, Ranked ranked) {
        byCountry.put(country, ranked);
    }

    void segment(String segment, Ranked ranked) {
        bySegment.put(segment, ranked);
    }

    Ranked overall() {
        return overall;
    }

    Optional<Ranked> country(String country) {
        return Optional.ofNullable(byCountry.get(country));
    }

    Optional<Ranked> segment(String segment) {
        return Optional.ofNullable(bySegment.get(segment));
    }
}
