package io.sparkworkbench.engine.stream.source;

import io.sparkworkbench.engine.datagen.PlantedBehaviour;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which product a visitor looks at, the way the generator picks them: a category by the visitor's segment
 * taste, then, with {@link #IN_GROUP_SHARE}, a product of the customer's taste group in it, otherwise any of the
 * category; popular products (the front of a category) far more often ({@link #POPULARITY_SKEW}).
 * Both are the generator's ({@link PlantedBehaviour}).
 */
final class ProductPicker {

    static final double IN_GROUP_SHARE = PlantedBehaviour.inGroupShare();
    static final double POPULARITY_SKEW = PlantedBehaviour.popularitySkew();

    private final ProductCatalogue catalogue;
    /** Cumulative category odds per visitor kind. */
    private final double[][] categoryOdds;
    /** Products per [category][taste group]; empty when the catalogue has no taste groups. */
    private final int[][][] byGroup;

    ProductPicker(ProductCatalogue catalogue, CustomerPopulation population) {
        this.catalogue = catalogue;
        int categories = catalogue.categories().size();
        int[] generatedIndex = new int[categories];
        for (int c = 0; c < categories; c++) {
            generatedIndex[c] = VisitorKind.GENERATED_CATEGORIES.indexOf(catalogue.categories().get(c));
        }
        VisitorKind[] kinds = VisitorKind.values();
        categoryOdds = new double[kinds.length][];
        for (VisitorKind kind : kinds) {
            double[] weights = new double[categories];
            for (int c = 0; c < categories; c++) {
                weights[c] = generatedIndex[c] >= 0 ? kind.categoryWeight(generatedIndex[c]) : 1.0 / VisitorKind.GENERATED_CATEGORIES.size();
            }
            categoryOdds[kind.ordinal()] = Odds.cumulative(weights);
        }
        byGroup = new int[categories][][];
        for (int c = 0; c < categories; c++) {
            List<List<Integer>> groups = new ArrayList<>();
            for (int product : catalogue.inCategory(c)) {
                int group = population.tasteGroupOfProduct(catalogue.id(product));
                if (group < 0) {
                    continue;
                }
                while (groups.size() <= group) {
                    groups.add(new ArrayList<>());
                }
                groups.get(group).add(product);
            }
            byGroup[c] = groups.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        }
    }

    /** A catalogue index for a visitor of {@code kind} in taste group {@code group} (-1: none known). */
    int pick(VisitorKind kind, int group, SplittableRandom random) {
        int category = Odds.draw(categoryOdds[kind.ordinal()], random.nextDouble());
        boolean inGroup = random.nextDouble() < IN_GROUP_SHARE;
        int[] candidates = catalogue.inCategory(category);
        if (inGroup && group >= 0 && group < byGroup[category].length && byGroup[category][group].length > 0) {
            candidates = byGroup[category][group];
        }
        int index = (int) Math.floor(Math.pow(random.nextDouble(), POPULARITY_SKEW) * candidates.length);
        return candidates[Math.min(index, candidates.length - 1)];
    }
}
