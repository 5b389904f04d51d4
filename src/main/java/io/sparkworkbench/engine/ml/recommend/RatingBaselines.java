package io.sparkworkbench.engine.ml.recommend;

import static io.sparkworkbench.engine.ml.recommend.RatingTables.CUSTOMER;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.PRODUCT;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.RATING;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * RMSE of the two baselines on explicit ratings, so ALS's RMSE has something to be judged against: "most
 * popular" predicts each product's mean training rating, "random" a star drawn uniformly from 1 to 5 (a
 * hash of the pair and seed, so the same split gives the same figure). Scored on the held-out rows ALS is
 * scored on: its cold-start "drop" leaves out products absent from training, and so do these.
 */
final class RatingBaselines {

    private static final int STARS = 5;

    private final OptionalDouble productMean;
    private final OptionalDouble random;

    private RatingBaselines(OptionalDouble productMean, OptionalDouble random) {
        this.productMean = productMean;
        this.random = random;
    }

    static RatingBaselines of(Dataset<Row> train, Dataset<Row> heldOut, long seed) {
        Dataset<Row> means = train.groupBy(PRODUCT).agg(avg(RATING).as("product_mean"));
        Dataset<Row> scored = heldOut.join(means, PRODUCT);
        Row errors = scored.agg(
                sqrt(avg(pow(col(RATING).minus(col("product_mean")), 2))),
                sqrt(avg(pow(col(RATING).minus(pmod(xxhash64(col(CUSTOMER), col(PRODUCT), lit(seed)), lit(STARS)).plus(1)), 2))))
                .first();
        return new RatingBaselines(value(errors, 0), value(errors, 1));
    }

    OptionalDouble productMean() {
        return productMean;
    }

    OptionalDouble random() {
        return random;
    }

    private static OptionalDouble value(Row row, int i) {
        return row.isNullAt(i) ? OptionalDouble.empty() : OptionalDouble.of(row.getDouble(i));
    }
}
