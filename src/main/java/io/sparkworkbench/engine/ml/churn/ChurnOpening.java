package io.sparkworkbench.engine.ml.churn;

import io.sparkworkbench.engine.ml.DatasetKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the churn form needs when a data set opens: its key (for training and saving), the data's end (the
 * default cut-off), the features its tables allow, and the model saved for it, if any. A saved model that
 * cannot be read is no reason to refuse training: {@code savedProblem} says why it was not loaded.
 */
public record ChurnOpening(DatasetKey key, LocalDate dataEnd, List<String> availableFeatures, Optional<ChurnResult> saved,
                           Optional<String> savedProblem) {

    public ChurnOpening {
        availableFeatures = List.copyOf(availableFeatures);
    }
}
