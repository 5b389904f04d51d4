package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.to_date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;

/**
 * The time buckets of a sparkline: months for a period longer than a quarter, else ISO weeks (Monday first, as
 * Spark's {@code date_trunc('WEEK')}). The first and last bucket may be partly outside the period; only days in it count.
 */
final class SparkBuckets {

    static final int WEEKS_UP_TO_DAYS = 92;

    private final boolean weekly;
    private final List<LocalDate> starts;

    SparkBuckets(DashboardFilter filter) {
        weekly = filter.days() <= WEEKS_UP_TO_DAYS;
        List<LocalDate> list = new ArrayList<>();
        for (LocalDate start = startOf(filter.from()); !start.isAfter(filter.to()); start = weekly ? start.plusWeeks(1) : start.plusMonths(1)) {
            list.add(start);
        }
        starts = List.copyOf(list);
    }

    /** The bucket's first day, as a Spark column over a date column. */
    Column bucketOf(Column date) {
        return to_date(date_trunc(weekly ? "WEEK" : "MONTH", date));
    }

    LocalDate startOf(LocalDate day) {
        return weekly ? day.with(DayOfWeek.MONDAY) : day.withDayOfMonth(1);
    }

    List<LocalDate> starts() {
        return starts;
    }

    /** Position of the bucket starting on {@code start}, or -1 outside the period. */
    int indexOf(LocalDate start) {
        return starts.indexOf(start);
    }

    boolean weekly() {
        return weekly;
    }
}
