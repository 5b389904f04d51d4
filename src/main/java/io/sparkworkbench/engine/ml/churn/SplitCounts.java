package io.sparkworkbench.engine.ml.churn;

import io.sparkworkbench.engine.EngineException;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Customers by side of the split and label, counted in one Spark job, and the checks a fit needs of them. */
record SplitCounts(long trainChurned, long trainStayed, long testChurned, long testStayed) {

    static SplitCounts of(Dataset<Row> labelled, String isTestColumn) {
        long[] c = new long[4];
        for (Row row : labelled.groupBy(isTestColumn, ChurnFrames.LABEL).count().collectAsList()) {
            int index = (row.getBoolean(0) ? 2 : 0) + (row.getDouble(1) > 0.5 ? 0 : 1);
            c[index] += row.getLong(2);
        }
        return new SplitCounts(c[0], c[1], c[2], c[3]);
    }

    long train() {
        return trainChurned + trainStayed;
    }

    long test() {
        return testChurned + testStayed;
    }

    double churnRate() {
        long all = train() + test();
        return all == 0 ? 0 : (double) (trainChurned + testChurned) / all;
    }

    void requireBothClasses(LocalDate featureDate, LocalDate cutoff) {
        if (train() + test() == 0) {
            throw new EngineException("No customer signed up before " + featureDate + " (the cut-off " + cutoff
                    + " minus the horizon): pick a later cut-off or a shorter horizon");
        }
        if (trainChurned + testChurned == 0 || trainStayed + testStayed == 0) {
            throw new EngineException("Every one of the " + (train() + test()) + " customers " + (trainChurned + testChurned == 0
                    ? "ordered" : "placed no order") + " between " + featureDate + " and " + cutoff
                    + ": a churn model needs both kinds; change the cut-off or the horizon");
        }
        if (trainChurned == 0 || trainStayed == 0 || testChurned == 0 || testStayed == 0) {
            throw new EngineException("Too few customers to train and test a churn model (" + train() + " to train, " + test()
                    + " to test, " + (trainChurned + testChurned) + " churned): both sets need churners and customers who stayed;"
                    + " use a larger data set or another test fraction");
        }
    }
}
