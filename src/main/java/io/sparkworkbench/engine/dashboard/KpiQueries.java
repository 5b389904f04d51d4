package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
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
 * The six KPI cards and the funnel from one Spark query: orders are summed per customer (revenue, orders, active
 * customers, repeat buyers) and sessions carry their funnel flags; both are keyed by period and by the sparkline's
 * bucket ({@value #BUCKET} + the bucket's first day), then summed per key in one shared aggregation. Each order or
 * session is read once: its keys are an array exploded in place, not a union that reads the rows twice. The result
 * has a row per period or bucket (a few dozen at most), so collecting is safe.
 */
final class KpiQueries {

    static final String BUCKET = "bucket:";
    /** Sessions, then those with a product view, cart, checkout, purchase: the flags of {@link DashboardFrames#sessions}. */
    static final List<String> SESSION_COLUMNS = List.of("product_view", "add_to_cart", "checkout", "purchase");
    /** The order columns of a keyed row: {revenue, orders, active customers, repeat customers}. */
    private static final List<String> ORDER_COLUMNS = List.of("revenue", "orders", "customers", "repeaters");
    /** Figures of a period or bucket with no orders or sessions (never written to). */
    private static final double[] NOTHING = new double[5];

    private KpiQueries() {
    }

    /**
     * Per key (period, or {@value #BUCKET}day of the chosen period): orders {revenue, orders, active customers,
     * repeat customers} and sessions {sessions, with a product view, cart, checkout, purchase}.
     */
    record Figures(Map<String, double[]> orders, Map<String, double[]> sessions) {
    }

    static Figures figures(DashboardFrames frames) {
        Dataset<Row> perCustomer = keyed(frames.orders()).groupBy(col("key"), col("customer_id"))
                .agg(sum(col("amount")).as("revenue"), count(lit(1)).as("orders"));
        List<Column> customerRow = new ArrayList<>(List.of(col("key"), col("revenue"), col("orders"), lit(1L).as("customers"),
                when(col("orders").geq(2), 1L).otherwise(0L).as("repeaters"), lit(0L).as("sessions")));
        SESSION_COLUMNS.forEach(c -> customerRow.add(lit(0L).as(c)));
        List<Column> sessionRow = new ArrayList<>(List.of(col("key"), lit(0.0).as("revenue"), lit(0L).as("orders"),
                lit(0L).as("customers"), lit(0L).as("repeaters"), lit(1L).as("sessions")));
        SESSION_COLUMNS.forEach(c -> sessionRow.add(col(c).cast("long").as(c)));
        Dataset<Row> rows = perCustomer.select(customerRow.toArray(new Column[0]))
                .unionByName(keyed(frames.sessions()).select(sessionRow.toArray(new Column[0])));
        List<Column> sums = new ArrayList<>();
        ORDER_COLUMNS.forEach(c -> sums.add(sum(col(c)).as(c)));
        sums.add(sum(col("sessions")).as("sessions"));
        SESSION_COLUMNS.forEach(c -> sums.add(sum(col(c)).as(c)));
        Map<String, double[]> orders = new HashMap<>();
        Map<String, double[]> sessions = new HashMap<>();
        for (Row row : rows.groupBy(col("key")).agg(sums.get(0), sums.subList(1, sums.size()).toArray(new Column[0])).collectAsList()) {
            orders.put(row.getString(0), numbers(row, 1, ORDER_COLUMNS.size()));
            sessions.put(row.getString(0), numbers(row, 1 + ORDER_COLUMNS.size(), 1 + SESSION_COLUMNS.size()));
        }
        return new Figures(orders, sessions);
    }

    static double[] of(Map<String, double[]> figures, String key) {
        return figures.getOrDefault(key, NOTHING);
    }

    static List<KpiCard> cards(DashboardFrames frames, Figures figures) {
        Map<String, double[]> orders = figures.orders();
        Map<String, double[]> sessions = figures.sessions();
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
        // A previous period without orders (before the data, or emptied by the filter) is no period to compare with:
        // every order card says so by its zero or 0/0, and the conversion rate must too, though a data set's clickstream
        // may start a few days before its orders and leave some sessions, all without a purchase, in that period.
        boolean previousHasOrders = of(orders, DashboardFrames.PREVIOUS)[1] > 0;
        List<KpiCard> cards = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            double current = value(kpi, of(orders, DashboardFrames.CURRENT), of(sessions, DashboardFrames.CURRENT));
            double previous = kpi == Kpi.CONVERSION_RATE && !previousHasOrders ? Double.NaN
                    : value(kpi, of(orders, DashboardFrames.PREVIOUS), of(sessions, DashboardFrames.PREVIOUS));
            cards.add(new KpiCard(kpi, current, previous, sparklines.get(kpi), kpi == Kpi.CONVERSION_RATE ? conversionNote : ""));
        }
        return cards;
    }

    /** The rows with a {@code key} each per period they count in: their period, and their bucket in the chosen one. */
    private static Dataset<Row> keyed(Dataset<Row> rows) {
        Column bucketKey = when(col("period").equalTo(DashboardFrames.CURRENT), concat(lit(BUCKET), col("bucket").cast("string")));
        return rows.withColumn("key", explode(array(col("period"), bucketKey))).where(col("key").isNotNull());
    }

    private static double[] numbers(Row row, int first, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = ((Number) row.get(first + i)).doubleValue();
        }
        return values;
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
