package io.sparkworkbench.engine.ml.churn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

/**
 * Applies the chosen model to every customer's features as of the data's end (their risk of placing no order
 * in the next N days) and registers the result as the view {@code customer_churn}.
 */
final class ChurnScoring {

    static final String VIEW = "customer_churn";
    static final int PREVIEW_ROWS = 200;

    /** The riskiest customers, how many were scored, and how many fell in each band. */
    record Scores(List<ScoredCustomer> preview, long scored, Map<RiskBand, Long> bands) {
    }

    private ChurnScoring() {
    }

    static Scores score(ChurnFrames frames, PipelineModel model, ModelKind kind, LocalDate dataEnd, List<String> features) {
        Dataset<Row> scored = model.transform(frames.features(dataEnd, features))
                .select(col(ChurnFrames.CUSTOMER), ChurnEvaluation.churnProbability().as("churn_probability"))
                .withColumn("risk_band", expr(RiskBand.sql("churn_probability")))
                .withColumn("model", lit(kind.label()));
        scored.createOrReplaceTempView(VIEW);
        List<ScoredCustomer> preview = new ArrayList<>();
        for (Row row : scored.orderBy(col("churn_probability").desc(), col(ChurnFrames.CUSTOMER)).limit(PREVIEW_ROWS).collectAsList()) {
            preview.add(new ScoredCustomer(((Number) row.get(0)).longValue(), row.getDouble(1), RiskBand.ofText(row.getString(2))));
        }
        Map<RiskBand, Long> bands = new EnumMap<>(RiskBand.class);
        for (RiskBand band : RiskBand.values()) {
            bands.put(band, 0L);
        }
        long total = 0;
        for (Row row : scored.groupBy("risk_band").count().collectAsList()) {
            bands.put(RiskBand.ofText(row.getString(0)), row.getLong(1));
            total += row.getLong(1);
        }
        return new Scores(preview, total, bands);
    }
}
