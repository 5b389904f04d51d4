package io.sparkworkbench.engine.ml.churn;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * What the churn form asks for. A customer has churned when they placed no order in the {@code horizonDays}
 * days before the cut-off; the model sees only their features as of {@code cutoff − horizonDays}, so nothing
 * of the labelled window leaks into the features. An empty cut-off means the data's end (the day after the
 * last order); an empty feature list means every feature the data set allows.
 *
 * <p>No {@link CustomerFeature} is excluded as leaking: each one is computed only from what happened before
 * the feature date ({@code CustomerFeatureQuery} filters every table it reads by that date).
 */
public record ChurnRequest(int horizonDays, Optional<LocalDate> cutoff, List<String> features, double testFraction,
                           long seed, ModelKind ensemble, int trees, int maxDepth) {

    public static final int DEFAULT_HORIZON_DAYS = 90;
    public static final double DEFAULT_TEST_FRACTION = 0.25;
    public static final int DEFAULT_TREES = 50;
    public static final int DEFAULT_DEPTH = 5;
    public static final int MAX_HORIZON_DAYS = 3650;
    public static final int MAX_TREES = 500;
    /** Spark's trees go no deeper than 30. */
    public static final int MAX_DEPTH = 30;

    public ChurnRequest {
        cutoff = cutoff == null ? Optional.empty() : cutoff;
        features = List.copyOf(features);
        if (horizonDays < 1 || horizonDays > MAX_HORIZON_DAYS) {
            throw new IllegalArgumentException("Churn horizon must be between 1 and " + MAX_HORIZON_DAYS + " days, not " + horizonDays);
        }
        if (!(testFraction >= 0.05 && testFraction <= 0.5)) {
            throw new IllegalArgumentException("Test fraction must be between 0.05 and 0.5, not " + testFraction);
        }
        if (ensemble == null || !ensemble.ensemble()) {
            throw new IllegalArgumentException("The ensemble must be a random forest or gradient-boosted trees, not " + ensemble);
        }
        if (trees < 1 || trees > MAX_TREES) {
            throw new IllegalArgumentException("Trees must be between 1 and " + MAX_TREES + ", not " + trees);
        }
        if (maxDepth < 1 || maxDepth > MAX_DEPTH) {
            throw new IllegalArgumentException("Tree depth must be between 1 and " + MAX_DEPTH + ", not " + maxDepth);
        }
        if (new LinkedHashSet<>(features).size() != features.size()) {
            throw new IllegalArgumentException("A feature is picked twice: " + features);
        }
        for (String f : features) {
            if (CustomerFeature.ofColumn(f).isEmpty()) {
                throw new IllegalArgumentException("Unknown churn feature '" + f + "'; known: "
                        + CustomerFeature.columns(List.of(CustomerFeature.values())));
            }
        }
        if (!features.isEmpty() && features.size() < 2) {
            throw new IllegalArgumentException("Pick at least two features for the churn model (picked " + features.size() + ")");
        }
    }

    /** 90 days up to the data's end, every available feature, a quarter held out, a random forest of 50 trees of depth 5. */
    public static ChurnRequest defaults() {
        return new ChurnRequest(DEFAULT_HORIZON_DAYS, Optional.empty(), List.of(), DEFAULT_TEST_FRACTION, 42,
                ModelKind.RANDOM_FOREST, DEFAULT_TREES, DEFAULT_DEPTH);
    }

    /** The cut-off this request means on data whose last order was the day before {@code dataEnd}. */
    public LocalDate cutoffFor(LocalDate dataEnd) {
        return cutoff.orElse(dataEnd);
    }

    /** The features the model uses on a data set that allows {@code available}. */
    public List<String> featuresFor(List<CustomerFeature> available) {
        if (features.isEmpty()) {
            return CustomerFeature.columns(available);
        }
        List<String> availableColumns = CustomerFeature.columns(available);
        List<String> missing = features.stream().filter(f -> !availableColumns.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The open data set cannot give the churn feature(s) " + missing
                    + " (their table is missing); available: " + availableColumns);
        }
        return features;
    }

    public ChurnRequest withSeed(long newSeed) {
        return new ChurnRequest(horizonDays, cutoff, features, testFraction, newSeed, ensemble, trees, maxDepth);
    }

    public ChurnRequest withCutoff(Optional<LocalDate> newCutoff) {
        return new ChurnRequest(horizonDays, newCutoff, features, testFraction, seed, ensemble, trees, maxDepth);
    }

    public ChurnRequest withHorizon(int days) {
        return new ChurnRequest(days, cutoff, features, testFraction, seed, ensemble, trees, maxDepth);
    }

    public ChurnRequest withEnsemble(ModelKind kind, int newTrees, int newDepth) {
        return new ChurnRequest(horizonDays, cutoff, features, testFraction, seed, kind, newTrees, newDepth);
    }
}
