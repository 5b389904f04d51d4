package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.ImplicitWeights;
import io.sparkworkbench.engine.ml.recommend.RatingSource;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.SplitKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The training form's values as the user types them (numbers as text, so a half-typed value is a message, not
 * an exception), the rating sources the open data set allows, and {@link #problemProperty()}: what is wrong
 * with the form right now, in the words of the request's own checks, shown next to the form.
 */
public final class TrainFormViewModel {

    private final ObservableList<RatingSource> sources = FXCollections.observableArrayList(RatingSource.values());
    private final ObjectProperty<RatingSource> source = new SimpleObjectProperty<>();
    private final StringProperty viewWeight = new SimpleStringProperty();
    private final StringProperty cartWeight = new SimpleStringProperty();
    private final StringProperty purchaseWeight = new SimpleStringProperty();
    private final ObjectProperty<Integer> rank = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> iterations = new SimpleObjectProperty<>();
    private final StringProperty regParam = new SimpleStringProperty();
    private final StringProperty alpha = new SimpleStringProperty();
    private final StringProperty seed = new SimpleStringProperty();
    private final ObjectProperty<SplitKind> split = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> holdoutDays = new SimpleObjectProperty<>();
    private final StringProperty testShare = new SimpleStringProperty();
    private final ObjectProperty<Integer> k = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean applying;
    private boolean edited;

    public TrainFormViewModel() {
        apply(RecommendRequest.defaults());
        for (Observable field : List.<Observable>of(source, viewWeight, cartWeight, purchaseWeight, rank, iterations, regParam,
                alpha, seed, split, holdoutDays, testShare, k)) {
            field.addListener(o -> {
                edited |= !applying;
                validate();
            });
        }
        source.addListener((obs, old, now) -> followSourceDefault(old, now));
        validate();
    }

    /** A regParam still at the old source's starting value moves to the new one's; one the user typed stays. */
    private void followSourceDefault(RatingSource old, RatingSource now) {
        if (old != null && now != null && text(RecommendRequest.defaultRegParam(old)).equals(regParam.get())) {
            regParam.set(text(RecommendRequest.defaultRegParam(now)));
        }
    }

    /** The rating sources the data set's tables allow; the chosen one moves to an allowed one if it is not. */
    public void allowSources(Set<RatingSource> allowed) {
        sources.setAll(allowed.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(allowed)));
        if (!sources.contains(source.get())) {
            source.set(sources.isEmpty() ? null : sources.get(0));
        }
        validate();
    }

    /** The form's values as a request. @throws IllegalArgumentException naming the field that is wrong */
    public RecommendRequest request() {
        if (source.get() == null) {
            throw new IllegalArgumentException(sources.isEmpty()
                    ? "This data set has no reviews, order items or clickstream: there are no ratings to learn from"
                    : "Pick a rating source");
        }
        if (!sources.contains(source.get())) {
            throw new IllegalArgumentException(source.get().label() + " is not available in this data set");
        }
        ImplicitWeights weights = new ImplicitWeights(number("The view weight", viewWeight), number("The add-to-cart weight", cartWeight),
                number("The purchase weight", purchaseWeight));
        return new RecommendRequest(source.get(), weights, whole("Rank", rank), whole("Iterations", iterations),
                number("regParam", regParam), number("alpha", alpha), seedValue(), split.get(), whole("Held-out days", holdoutDays),
                number("The test share", testShare), whole("k", k));
    }

    /** Fills the form from a request (a reloaded model's, or the defaults). */
    public void apply(RecommendRequest request) {
        applying = true;
        try {
            fill(request);
        } finally {
            applying = false;
        }
        edited = false;
    }

    /**
     * Whether the user changed a value since the form was last filled: a saved model that arrives later must
     * not overwrite what they typed meanwhile.
     */
    public boolean editedByUser() {
        return edited;
    }

    private void fill(RecommendRequest request) {
        source.set(request.source());
        viewWeight.set(text(request.weights().view()));
        cartWeight.set(text(request.weights().cart()));
        purchaseWeight.set(text(request.weights().purchase()));
        rank.set(request.rank());
        iterations.set(request.maxIterations());
        regParam.set(text(request.regParam()));
        alpha.set(text(request.alpha()));
        seed.set(Long.toString(request.seed()));
        split.set(request.split());
        holdoutDays.set(request.holdoutDays());
        testShare.set(text(request.testFraction()));
        k.set(request.k());
    }

    /** "Use these" from the grid search. */
    public void applyRankAndRegParam(int newRank, double newRegParam) {
        rank.set(newRank);
        regParam.set(text(newRegParam));
    }

    private void validate() {
        try {
            request();
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
        }
    }

    private static double number(String field, StringProperty value) {
        String text = value.get() == null ? "" : value.get().strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException(field + " is empty: type a number");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a number, not '" + text + "'");
        }
    }

    private static int whole(String field, ObjectProperty<Integer> value) {
        if (value.get() == null) {
            throw new IllegalArgumentException(field + " is empty: type a whole number");
        }
        return value.get();
    }

    private long seedValue() {
        String text = seed.get() == null ? "" : seed.get().strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The seed must be a whole number, not '" + text + "'");
        }
    }

    /** 10 rather than 10.0; 0.01 as typed. */
    static String text(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    public ObservableList<RatingSource> sources() {
        return sources;
    }

    public ObjectProperty<RatingSource> sourceProperty() {
        return source;
    }

    public StringProperty viewWeightProperty() {
        return viewWeight;
    }

    public StringProperty cartWeightProperty() {
        return cartWeight;
    }

    public StringProperty purchaseWeightProperty() {
        return purchaseWeight;
    }

    public ObjectProperty<Integer> rankProperty() {
        return rank;
    }

    public ObjectProperty<Integer> iterationsProperty() {
        return iterations;
    }

    public StringProperty regParamProperty() {
        return regParam;
    }

    public StringProperty alphaProperty() {
        return alpha;
    }

    public StringProperty seedProperty() {
        return seed;
    }

    public ObjectProperty<SplitKind> splitProperty() {
        return split;
    }

    public ObjectProperty<Integer> holdoutDaysProperty() {
        return holdoutDays;
    }

    public StringProperty testShareProperty() {
        return testShare;
    }

    public ObjectProperty<Integer> kProperty() {
        return k;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
