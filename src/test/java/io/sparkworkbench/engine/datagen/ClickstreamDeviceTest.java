package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.min;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The device of a session must not depend on its date. It once reused the random number of a candidate
 * session day, which made anonymous sessions in the last 10% of the calendar ~27% tablet instead of 10%.
 */
class ClickstreamDeviceTest {

    @Test
    void tabletShareLateInTheCalendarMatchesTheConfiguredShare() {
        GeneratorModel model = new GeneratorModel(5, 42);
        long lateDay = (long) Math.ceil(TimeModel.DAYS * 0.9);
        Timestamp late = Timestamp.valueOf(TimeModel.START.plusDays(lateDay).atStartOfDay());
        // Anonymous sessions may fall anywhere in the two years, so "late" is late in their window too.
        Row shares = ClickstreamTable.build(DataGenTestSupport.spark(), model, 2)
                .where("customer_id IS NULL")
                .groupBy("session_id").agg(min("event_ts").as("start"), first("device").as("device"))
                .where(col("start").geq(late))
                .selectExpr("avg(CASE WHEN device = 'tablet' THEN 1.0 ELSE 0.0 END)", "count(*)")
                .first();
        assertThat(shares.getLong(1)).isGreaterThan(500);
        // Deterministic for a fixed seed; ~4 standard errors of room around the configured 10%.
        assertThat(((java.math.BigDecimal) shares.get(0)).doubleValue()).isBetween(0.06, 0.14);
    }
}
