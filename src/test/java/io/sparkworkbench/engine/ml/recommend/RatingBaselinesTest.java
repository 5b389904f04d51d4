package io.sparkworkbench.engine.ml.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RatingBaselinesTest {

    private static final StructType RATINGS = new StructType().add("customer_id", DataTypes.IntegerType)
            .add("product_id", DataTypes.IntegerType).add("rating", DataTypes.DoubleType);

    @Test
    void productMeansMissByTheWorkedOutAmountAndUnseenProductsAreLeftOut() {
        SparkSession spark = RecommendTesting.engine().awaitSession();
        // Product 1 trains on 4 and 2 (mean 3), product 2 on 5. Held out: 5 for product 1 (off by 2), 4 for
        // product 2 (off by 1), and product 3, never trained on, which ALS's cold-start drop leaves out too.
        Dataset<Row> train = spark.createDataFrame(List.of(row(1, 1, 4), row(2, 1, 2), row(1, 2, 5)), RATINGS);
        Dataset<Row> heldOut = spark.createDataFrame(List.of(row(3, 1, 5), row(4, 2, 4), row(5, 3, 1)), RATINGS);

        RatingBaselines baselines = RatingBaselines.of(train, heldOut, 42);

        assertThat(baselines.productMean().getAsDouble()).isCloseTo(Math.sqrt((4 + 1) / 2.0), within(1e-12));
        assertThat(baselines.random().getAsDouble()).isBetween(0.0, 4.0);
        assertThat(RatingBaselines.of(train, heldOut, 42).random()).isEqualTo(baselines.random());
    }

    @Test
    void noHeldOutRowOfATrainedProductGivesNoFigure() {
        SparkSession spark = RecommendTesting.engine().awaitSession();
        Dataset<Row> train = spark.createDataFrame(List.of(row(1, 1, 4)), RATINGS);
        Dataset<Row> heldOut = spark.createDataFrame(List.of(row(2, 9, 3)), RATINGS);

        RatingBaselines baselines = RatingBaselines.of(train, heldOut, 42);

        assertThat(baselines.productMean()).isEmpty();
        assertThat(baselines.random()).isEmpty();
    }

    private static Row row(int customer, int product, double rating) {
        return RowFactory.create(customer, product, rating);
    }
}
