package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.when;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.spark.sql.Column;

/**
 * The calendar of the data set: two years (2024-2025, UTC), with more orders at weekends and in
 * November/December, and an evening peak in the hour of day.
 */
final class TimeModel {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 1, 1);
    static final int DAYS = (int) (END.toEpochDay() - START.toEpochDay());
    static final double[] MONTH_FACTOR = {0.85, 0.80, 0.90, 0.90, 0.95, 0.95, 1.00, 1.00, 0.95, 1.05, 1.45, 1.70};
    static final double WEEKEND_FACTOR = 1.30;
    private static final double[] HOUR_WEIGHT = {
        0.5, 0.3, 0.2, 0.2, 0.2, 0.3, 0.6, 1.0, 1.4, 1.6, 1.7, 1.8, 2.0, 1.9, 1.7, 1.6, 1.7, 1.9, 2.2, 2.6, 2.8, 2.5, 1.8, 1.0};

    private final HashRandom random;
    private final double[] dayWeight = new double[DAYS];
    private final double maxWeight;
    private final Lookup hours;

    TimeModel(HashRandom random) {
        this.random = random;
        double max = 0;
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = START.plusDays(d);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            dayWeight[d] = MONTH_FACTOR[date.getMonthValue() - 1] * (weekend ? WEEKEND_FACTOR : 1.0);
            max = Math.max(max, dayWeight[d]);
        }
        this.maxWeight = max;
        int[] hourValues = new int[24];
        for (int h = 0; h < 24; h++) {
            hourValues[h] = h;
        }
        this.hours = Lookup.ofInts(hourValues, HOUR_WEIGHT);
    }

    /**
     * A day in [from, to) that favours busy days: up to three candidates are tried and each is kept with
     * probability weight/max (a bounded rejection sampler that stays a pure expression).
     */
    Column seasonalDay(Column from, Column to, long salt, Column... keys) {
        Column span = to.minus(from);
        Column weights = lit(dayWeight);
        Column result = null;
        for (int attempt = 2; attempt >= 0; attempt--) {
            Column day = least(from.plus(floor(random.uniform(salt * 10 + attempt, keys).multiply(span))), to.minus(1)).cast("int");
            Column keep = random.uniform(salt * 10 + 5 + attempt, keys)
                    .lt(element_at(weights, day.plus(1)).divide(maxWeight));
            result = result == null ? day : when(keep, day).otherwise(result);
        }
        return result;
    }

    /** Seconds into the day with an evening peak. */
    Column secondOfDay(long salt, Column... keys) {
        Column hour = HashRandom.pick(hours, random.uniform(salt * 10 + 8, keys));
        return hour.multiply(3600).plus(floor(random.uniform(salt * 10 + 9, keys).multiply(3600)));
    }

    Column timestamp(Column day, Column secondOfDay) {
        long epoch = START.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        return timestamp_seconds(lit(epoch).plus(day.cast("bigint").multiply(86400)).plus(secondOfDay));
    }

    Column date(Column day) {
        return org.apache.spark.sql.functions.date_add(lit(START), day.cast("int"));
    }
}
