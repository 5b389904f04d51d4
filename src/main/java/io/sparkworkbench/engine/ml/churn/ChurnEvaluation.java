package io.sparkworkbench.engine.ml.churn;

import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;

/** A fitted model's test-set figures, computed in Spark: the exact AUC and the score histograms by label. */
final class ChurnEvaluation {

    private ChurnEvaluation() {
    }

    /** The probability of churning (class 1) out of Spark's probability vector. */
    static Column churnProbability() {
        return org.apache.spark.ml.functions.vector_to_array(col(ChurnPipelines.PROBABILITY), "float64").getItem(1);
    }

    static double auc(Dataset<Row> predictions) {
        return new BinaryClassificationEvaluator().setLabelCol(ChurnFrames.LABEL).setRawPredictionCol(ChurnPipelines.PROBABILITY)
                .setMetricName("areaUnderROC").evaluate(predictions);
    }

    static ScoreHistogram histogram(Dataset<Row> predictions, int bins) {
        Column bin = least(floor(churnProbability().multiply(bins)).cast("int"), lit(bins - 1));
        long[] churned = new long[bins];
        long[] stayed = new long[bins];
        for (Row row : predictions.select(col(ChurnFrames.LABEL), bin.as("bin")).groupBy("label", "bin").count().collectAsList()) {
            int b = Math.max(0, row.getInt(1));
            if (row.getDouble(0) > 0.5) {
                churned[b] += row.getLong(2);
            } else {
                stayed[b] += row.getLong(2);
            }
        }
        return ScoreHistogram.of(churned, stayed);
    }

    static ModelReport report(ModelKind kind, Dataset<Row> predictions, java.util.List<FeatureWeight> importance) {
        ScoreHistogram histogram = histogram(predictions, ScoreHistogram.DEFAULT_BINS);
        return new ModelReport(kind, auc(predictions), histogram.rocCurve(), histogram, importance);
    }
}
