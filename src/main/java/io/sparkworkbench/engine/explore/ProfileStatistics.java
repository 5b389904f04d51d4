package io.sparkworkbench.engine.explore;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.stddev_samp;

import io.sparkworkbench.engine.sql.PlainValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;

/**
 * The statistics pass: one aggregation computing every column's count, distinct count, min/max,
 * mean/stddev and most frequent values together. Columns are addressed by position ({@code c0, c1, ...})
 * so odd or duplicate names cannot break the expressions.
 */
final class ProfileStatistics {

    static final int TOP_VALUES = 10;
    /**
     * Items the frequent-items sketch keeps per column. Counts are exact while a column has fewer distinct
     * values; beyond, they are estimates. 1,000 instead of Spark's 10,000 default: the sketch is the
     * costliest part of the pass, and the top ten of a column with more distinct values are rarely telling.
     */
    static final int TOP_TRACKED = 1_000;

    private final List<Column> aggregates = new ArrayList<>();

    private ProfileStatistics() {
    }

    /** Column {@code i} of the positionally renamed table. */
    static String ref(int i) {
        return "c" + i;
    }

    /** The value the statistics use: float and double columns without NaN and infinities (they would swallow min, max and mean). */
    static Column finiteValue(int i, ColumnKind kind) {
        String c = ref(i);
        return kind == ColumnKind.FRACTIONAL ? expr("CASE WHEN isnan(" + c + ") OR abs(" + c + ") = double('Infinity') THEN NULL ELSE " + c + " END")
                : col(c);
    }

    /** Returns the total row count and every column's statistics. */
    static Result run(Dataset<Row> renamed, StructField[] fields, boolean exactDistinct) {
        ProfileStatistics pass = new ProfileStatistics();
        int rowsAt = pass.add(count(lit(1)));
        List<int[]> slots = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            slots.add(pass.slotsFor(i, ColumnKind.of(fields[i].dataType()), exactDistinct));
        }
        Row row = renamed.agg(pass.aggregates.get(0), pass.aggregates.subList(1, pass.aggregates.size()).toArray(Column[]::new)).first();
        List<ColumnStats> columns = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            columns.add(read(row, fields[i], slots.get(i), exactDistinct));
        }
        return new Result(row.getLong(rowsAt), columns);
    }

    record Result(long rows, List<ColumnStats> columns) {
    }

    private int add(Column aggregate) {
        aggregates.add(aggregate.as("a" + aggregates.size()));
        return aggregates.size() - 1;
    }

    /** Slot order: count, finite, distinct, min, max, mean, stddev, top (-1 where not computed). */
    private int[] slotsFor(int i, ColumnKind kind, boolean exactDistinct) {
        int[] slots = {add(count(col(ref(i)))), -1, -1, -1, -1, -1, -1, -1};
        if (!kind.counted()) {
            return slots;
        }
        Column value = finiteValue(i, kind);
        slots[1] = kind == ColumnKind.FRACTIONAL ? add(count(value)) : -1;
        slots[2] = add(exactDistinct ? count_distinct(col(ref(i))) : approx_count_distinct(col(ref(i))));
        if (kind.ordered()) {
            slots[3] = add(min(value));
            slots[4] = add(max(value));
        }
        if (kind.numeric()) {
            slots[5] = add(avg(value));
            slots[6] = add(stddev_samp(value));
        }
        if (kind.hasTopValues()) {
            slots[7] = add(expr("approx_top_k(" + ref(i) + ", " + TOP_VALUES + ", " + TOP_TRACKED + ")"));
        }
        return slots;
    }

    private static ColumnStats read(Row row, StructField field, int[] slots, boolean exactDistinct) {
        ColumnKind kind = ColumnKind.of(field.dataType());
        long count = row.getLong(slots[0]);
        long finite = slots[1] >= 0 ? row.getLong(slots[1]) : count;
        long distinct = slots[2] >= 0 ? row.getLong(slots[2]) : -1;
        return new ColumnStats(field.name(), field.dataType().simpleString(), kind, count, finite, distinct,
                slots[2] >= 0 && !exactDistinct, plain(row, slots[3]), plain(row, slots[4]), number(row, slots[5]),
                number(row, slots[6]), slots[7] >= 0 ? topValues(row.getList(slots[7])) : List.of());
    }

    private static Object plain(Row row, int slot) {
        return slot < 0 ? null : PlainValues.plain(row.get(slot));
    }

    private static OptionalDouble number(Row row, int slot) {
        if (slot < 0 || row.isNullAt(slot)) {
            return OptionalDouble.empty();
        }
        double value = ((Number) row.get(slot)).doubleValue();
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The sketch's items, most frequent first; ties in value order so the list does not shuffle between runs. */
    private static List<ValueCount> topValues(List<Row> items) {
        List<ValueCount> values = new ArrayList<>();
        for (Row item : items) {
            values.add(new ValueCount(PlainValues.plain(item.get(0)), item.getLong(1)));
        }
        values.sort(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value, ProfileStatistics::compareValues));
        return List.copyOf(values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
            return ca.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }
}
