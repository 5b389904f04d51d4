package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.features.CustomerFeature;
import io.sparkworkbench.engine.ml.features.CustomerFeatureQuery;
import io.sparkworkbench.engine.ml.segment.AdjustedRand;
import io.sparkworkbench.engine.ml.segment.SegmentationPipeline;
import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the segmentation tab promises about generated data (issue 10), at scale 1 with seed 42: K-Means at k = 5
 * on the default features finds the planted segments (adjusted Rand index at least 0.6, measured 0.725), but not
 * perfectly (at most 0.9: the segments overlap), and churn is learnable from features as of 90 days before the
 * end (logistic regression test AUC at least 0.75, measured 0.89). The planted segment is recomputed from
 * customer id and seed, never read from a column.
 */
class PlantedSegmentsRecoverableTest {

    private static final Logger LOG = LoggerFactory.getLogger(PlantedSegmentsRecoverableTest.class);
    private static final double SCALE = 1.0;
    private static final int CHURN_DAYS = 90;

    @Test
    void kMeansOnTheDefaultFeaturesRecoversThePlantedSegments() {
        double ari = onDataSet(spark -> {
            CustomerFeatureQuery query = new CustomerFeatureQuery(spark, Optional.empty());
            Dataset<Row> features = withPlantedSegment(query.build());
            SegmentationRequest request = SegmentationRequest.defaults(query.available());
            Dataset<Row> segmented = SegmentationPipeline.full(request).fit(features).transform(features);
            long[][] table = new long[request.k()][CustomerSegment.values().length];
            for (Row row : segmented.groupBy(SegmentationPipeline.SEGMENT, "planted").count().collectAsList()) {
                table[row.getInt(0)][row.getInt(1)] = row.getLong(2);
            }
            return AdjustedRand.of(table);
        });
        LOG.info("K-Means adjusted Rand index at scale {} seed {}: {}", SCALE, GeneratedData.SEED, ari);
        assertThat(ari).as("adjusted Rand index against the planted segments").isBetween(0.6, 0.9);
    }

    @Test
    void churnIsLearnableFromFeaturesBeforeTheCutoff() {
        double auc = onDataSet(spark -> {
            LocalDate cutoff = TimeModel.END.minusDays(CHURN_DAYS);
            CustomerFeatureQuery query = new CustomerFeatureQuery(spark, Optional.of(cutoff));
            Dataset<Row> stayed = spark.sql("SELECT DISTINCT customer_id AS stayed_id FROM orders WHERE order_ts >= DATE'"
                    + cutoff + "'");
            Dataset<Row> labelled = query.build().join(stayed, col("customer_id").equalTo(col("stayed_id")), "left")
                    .withColumn("label", when(col("stayed_id").isNull(), lit(1.0)).otherwise(lit(0.0)));
            Dataset<Row>[] split = labelled.randomSplit(new double[] {0.7, 0.3}, 42);
            String[] columns = CustomerFeature.columns(query.available()).toArray(String[]::new);
            LogisticRegressionModel model = new LogisticRegression().setMaxIter(100)
                    .fit(new VectorAssembler().setInputCols(columns).setOutputCol("features").transform(split[0]));
            // Scored as a column expression: transforming with the model would serialize its training summary,
            // which holds this session, and this session is not serializable once it has run an Observation.
            Column score = lit(model.intercept());
            double[] coefficients = model.coefficients().toArray();
            for (int i = 0; i < columns.length; i++) {
                score = score.plus(col(columns[i]).multiply(coefficients[i]));
            }
            return new BinaryClassificationEvaluator().setRawPredictionCol("score").evaluate(split[1].withColumn("score", score));
        });
        LOG.info("churn test AUC at scale {} seed {}: {}", SCALE, GeneratedData.SEED, auc);
        assertThat(auc).as("churn test AUC").isGreaterThanOrEqualTo(0.75);
    }

    private static Dataset<Row> withPlantedSegment(Dataset<Row> features) {
        CustomerLayout layout = CustomerLayout.of(TableSizes.of(SCALE).customers(), GeneratedData.SEED);
        return features.withColumn("planted", layout.segmentOfId(col("customer_id")));
    }

    private static double onDataSet(java.util.function.Function<SparkSession, Double> measure) {
        var data = GeneratedData.parquet(SCALE);
        return SharedSparkEngine.get().submit("planted segments", context -> {
            DatasetCatalog.register(context, data.folder());
            return measure.apply(context.spark());
        }).future().join();
    }
}
