package io.sparkworkbench.ui.segments;

import io.sparkworkbench.engine.ml.features.CustomerFeature;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One row of the feature picker: whether the model uses the feature, and whether it is log-transformed first. */
public final class FeatureChoice {

    private final CustomerFeature feature;
    private final BooleanProperty used;
    private final BooleanProperty logged;

    FeatureChoice(CustomerFeature feature, boolean used, boolean logged) {
        this.feature = feature;
        this.used = new SimpleBooleanProperty(used);
        this.logged = new SimpleBooleanProperty(logged);
    }

    public CustomerFeature feature() {
        return feature;
    }

    public BooleanProperty usedProperty() {
        return used;
    }

    public BooleanProperty loggedProperty() {
        return logged;
    }
}
