package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The six KPI cards. Orders are summed per customer first, so one pass gives revenue, orders, active customers and
 * repeat buyers; the periods and the sparkline's buckets are keys of one query ({@value #BUCKET} + the bucket's
 * first day), and so are the sessions' counts per funnel step. Each result has a row per period or bucket (a few
 * dozen at most), so collecting is safe.
 */
final class KpiQueries {

    static final String BUCKET = "bucket:";
    /** Sessions, then those with a product view, cart, checkout, purchase: the flags of {@link DashboardFrames#sessions}. */
    static final List<String> SESSION_COLUMNS = List.of("product_view", "add_to_cart", "checkout", "purchase");
    /** Figures of a period or bucket with no orders or sessions (never written to). */
    private static final double[] NOTHING = new double[5];

    private KpiQueries() {
    }

    /** Per key (period, or {@value #BUCKET}day of the chosen period): {revenue, orders, active customers, repeat customers}. */
    static Map<String, double[]> orderFigures(DashboardFrames frames) {
        Dataset<Row> orders = frames.orders();
        Dataset<Row> keyed = orders.select(col("period").as("key"), col("customer_id"), col("amount"))
                .unionAll(orders.where(col("period").equalTo(DashboardFrames.CURRENT))
                        .select(bucketKey(), col("customer_id"), col("amount")));
        Dataset<Row> perCustomer = keyed.groupBy(col("key"), col("customer_id"))
                .agg(sum(col("amount")).as("revenue"), count(lit(1)).as("orders"));
        List<Row> rows = perCustomer.groupBy(col("key")).agg(
                sum(col("revenue")).as("revenue"), sum(col("orders")).as("orders"), count(lit(1)).as("customers"),
                sum(when(col("orders").geq(2), 1).otherwise(0)).as("repeaters")).collectAsList();
        Map<String, double[]> figures = new HashMap<>();
        for (Row row : rows) {
            figures.put(row.getString(0), new double[]{row.getDouble(1), row.getLong(2), row.getLong(3), row.getLong(4)});
        }
        return figures;
    }

    /** Per key as {@link #orderFigures}: {sessions, with a product view, cart, checkout, purchase}. */
    static Map<String, double[]> sessionFigures(DashboardFrames frames) {
        Dataset<Row> sessions = frames.sessions();
        List<Column> flags = new ArrayList<>();
        SESSION_COLUMNS.forEach(c -> flags.add(col(c)));
        Dataset<Row> keyed = sessions.select(concatColumns(col("period").as("key"), flags))
                .unionAll(sessions.where(col("period").equalTo(DashboardFrames.CURRENT)).select(concatColumns(bucketKey(), flags)));
        List<Column> sums = new ArrayList<>();
        SESSION_COLUMNS.forEach(c -> sums.add(sum(col(c)).as(c)));
        List<Row> rows = keyed.groupBy(col("key")).agg(count(lit(1)).as("sessions"), sums.toArray(new Column[0])).collectAsList();
        Map<String, double[]> figures = new HashMap<>();
        for (Row row : rows) {
            double[] values = new double[1 + SESSION_COLUMNS.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Number) row.get(i + 1)).doubleValue();
            }
            figures.put(row.getString(0), values);
        }
        return figures;
    }

    static double[] of(Map<String, double[]> figures, String key) {
        return figures.getOrDefault(key, NOTHING);
    }

    static List<KpiCard> cards(DashboardFrames frames, Map<String, double[]> orders, Map<String, double[]> sessions) {
        SparkBuckets buckets = frames.buckets();
        Map<Kpi, double[]> sparklines = new EnumMap<>(Kpi.class);
        for (Kpi kpi : Kpi.values()) {
            double[] line = new double[buckets.starts().size()];
            Arrays.fill(line, Double.NaN);
            sparklines.put(kpi, line);
        }
        for (int i = 0; i < buckets.starts().size(); i++) {
            String key = BUCKET + buckets.starts().get(i);
            for (Kpi kpi : Kpi.values()) {
                sparklines.get(kpi)[i] = value(kpi, of(orders, key), of(sessions, key));
            }
        }
        String conversionNote = frames.filter().channel().isPresent()
                ? "The clickstream has no sales channel: this rate ignores the channel filter" : "";
        List<KpiCard> cards = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            double current = value(kpi, of(orders, DashboardFrames.CURRENT), of(sessions, DashboardFrames.CURRENT));
            double previous = value(kpi, of(orders, DashboardFrames.PREVIOUS), of(sessions, DashboardFrames.PREVIOUS));
            cards.add(new KpiCard(kpi, current, previous, sparklines.get(kpi), kpi == Kpi.CONVERSION_RATE ? conversionNote : ""));
        }
        return cards;
    }

    private static Column bucketKey() {
        return concat(lit(BUCKET), col("bucket").cast("string")).as("key");
    }

    private static Column[] concatColumns(Column first, List<Column> rest) {
        List<Column> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(new Column[0]);
    }

    private static double value(Kpi kpi, double[] orders, double[] sessions) {
        return switch (kpi) {
            case REVENUE -> orders[0];
            case ORDERS -> orders[1];
            case AVERAGE_ORDER_VALUE -> ratio(orders[0], orders[1]);
            case CONVERSION_RATE -> ratio(sessions[4], sessions[0]);
            case ACTIVE_CUSTOMERS -> orders[2];
            case REPEAT_RATE -> ratio(orders[3], orders[2]);
        };
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
