package io.sparkworkbench.engine.dashboard;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.EngineContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The six KPI cards. Orders are summed per customer first, so one pass gives revenue, orders, active customers
 * and repeat buyers; the same per bucket gives the sparklines. Every result has at most one row per period or
 * bucket (two, or a few dozen), so collecting is safe.
 */
final class KpiQueries {

    /** Figures of a period or bucket with no orders (never written to). */
    private static final double[] NO_ORDERS = new double[4];

    private KpiQueries() {
    }

    static List<KpiCard> cards(EngineContext context, DashboardFrames frames) {
        Dataset<Row> orders = frames.orders();
        Map<String, double[]> byPeriod = orderFigures(orders, "period");
        context.checkCancelled();
        Map<String, double[]> byBucket = orderFigures(orders.where(col("period").equalTo(DashboardFrames.CURRENT)), "bucket");
        context.checkCancelled();
        Dataset<Row> sessions = frames.sessions();
        Map<String, double[]> conversionByPeriod = conversion(sessions, "period");
        Map<String, double[]> conversionByBucket = conversion(sessions.where(col("period").equalTo(DashboardFrames.CURRENT)), "bucket");
        context.checkCancelled();

        SparkBuckets buckets = frames.buckets();
        Map<Kpi, double[]> sparklines = new EnumMap<>(Kpi.class);
        for (Kpi kpi : Kpi.values()) {
            double[] line = new double[buckets.starts().size()];
            Arrays.fill(line, Double.NaN);
            sparklines.put(kpi, line);
        }
        for (int i = 0; i < buckets.starts().size(); i++) {
            String key = buckets.starts().get(i).toString();
            double[] figures = byBucket.getOrDefault(key, NO_ORDERS);
            double[] sessionsAndPurchases = conversionByBucket.getOrDefault(key, new double[2]);
            for (Kpi kpi : Kpi.values()) {
                sparklines.get(kpi)[i] = value(kpi, figures, sessionsAndPurchases);
            }
        }
        String conversionNote = frames.filter().channel().isPresent()
                ? "The clickstream has no sales channel: this rate ignores the channel filter" : "";
        List<KpiCard> cards = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            double current = value(kpi, byPeriod.getOrDefault(DashboardFrames.CURRENT, NO_ORDERS),
                    conversionByPeriod.getOrDefault(DashboardFrames.CURRENT, new double[2]));
            double previous = value(kpi, byPeriod.getOrDefault(DashboardFrames.PREVIOUS, NO_ORDERS),
                    conversionByPeriod.getOrDefault(DashboardFrames.PREVIOUS, new double[2]));
            cards.add(new KpiCard(kpi, current, previous, sparklines.get(kpi), kpi == Kpi.CONVERSION_RATE ? conversionNote : ""));
        }
        return cards;
    }

    /** Per key: {revenue, orders, active customers, repeat customers}. */
    private static Map<String, double[]> orderFigures(Dataset<Row> orders, String key) {
        Dataset<Row> perCustomer = orders.groupBy(col(key), col("customer_id"))
                .agg(sum(col("amount")).as("revenue"), count(lit(1)).as("orders"));
        List<Row> rows = perCustomer.groupBy(col(key)).agg(
                sum(col("revenue")).as("revenue"), sum(col("orders")).as("orders"), count(lit(1)).as("customers"),
                sum(when(col("orders").geq(2), 1).otherwise(0)).as("repeaters")).collectAsList();
        Map<String, double[]> figures = new java.util.HashMap<>();
        for (Row row : rows) {
            figures.put(keyOf(row.get(0)), new double[]{row.getDouble(1), row.getLong(2), row.getLong(3), row.getLong(4)});
        }
        return figures;
    }

    /** Per key: {sessions, sessions with a purchase}. */
    private static Map<String, double[]> conversion(Dataset<Row> sessions, String key) {
        List<Row> rows = sessions.groupBy(col(key)).agg(count(lit(1)).as("sessions"), sum(col("purchase")).as("purchases"))
                .collectAsList();
        Map<String, double[]> figures = new java.util.HashMap<>();
        for (Row row : rows) {
            figures.put(keyOf(row.get(0)), new double[]{row.getLong(1), row.getLong(2)});
        }
        return figures;
    }

    private static String keyOf(Object value) {
        return value instanceof java.sql.Date || value instanceof LocalDate ? DashboardFrames.day(value).toString() : String.valueOf(value);
    }

    private static double value(Kpi kpi, double[] orders, double[] sessions) {
        return switch (kpi) {
            case REVENUE -> orders[0];
            case ORDERS -> orders[1];
            case AVERAGE_ORDER_VALUE -> ratio(orders[0], orders[1]);
            case CONVERSION_RATE -> ratio(sessions[1], sessions[0]);
            case ACTIVE_CUSTOMERS -> orders[2];
            case REPEAT_RATE -> ratio(orders[3], orders[2]);
        };
    }

    private static double ratio(double part, double whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
