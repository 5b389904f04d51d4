package io.sparkworkbench.engine.ml.churn;

import java.util.Arrays;
import java.util.Optional;

/** The classifiers the churn model trains: logistic regression always, and one tree ensemble. */
public enum ModelKind {
    LOGISTIC_REGRESSION("Logistic regression", "lr"),
    RANDOM_FOREST("Random forest", "rf"),
    GBT("Gradient-boosted trees", "gbt");

    private final String label;
    private final String folderName;

    ModelKind(String label, String folderName) {
        this.label = label;
        this.folderName = folderName;
    }

    public String label() {
        return label;
    }

    /** The sub-folder of the saved model, and its key in the saved properties. */
    public String folderName() {
        return folderName;
    }

    public boolean ensemble() {
        return this != LOGISTIC_REGRESSION;
    }

    public static Optional<ModelKind> ofFolderName(String name) {
        return Arrays.stream(values()).filter(k -> k.folderName.equals(name)).findFirst();
    }
}
