package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Small aggregate queries over a registered e-commerce data set, for charts and the smoke test. */
public final class DatasetInsights {

    /** At most 8 categories x 24 months come back: bounded by construction, safe to collect. */
    public static final String MONTHLY_REVENUE_SQL = """
            SELECT date_trunc('MONTH', o.order_ts) AS month, p.category, sum(i.line_total) AS revenue
            FROM orders o
            JOIN order_items i ON i.order_id = o.order_id
            JOIN products p ON p.product_id = i.product_id
            WHERE o.status NOT IN ('cancelled', 'returned')
            GROUP BY 1, 2
            ORDER BY 1, 2
            LIMIT 10000""";

    public static final String REVENUE_BY_CATEGORY_SQL = """
            SELECT p.category, count(DISTINCT i.order_id) AS orders, sum(i.line_total) AS revenue
            FROM order_items i JOIN products p ON p.product_id = i.product_id
            GROUP BY p.category
            ORDER BY revenue DESC""";

    private final SparkEngine engine;

    public DatasetInsights(SparkEngine engine) {
        this.engine = engine;
    }

    /** Computes the chart with Spark over the registered views of {@code folder}, then keeps it beside the folder. */
    public EngineTask<List<CategoryMonthRevenue>> monthlyRevenueByCategory(Path folder) {
        return engine.submit("Monthly revenue by category", context -> {
            List<CategoryMonthRevenue> points = monthlyRevenue(context.spark());
            StoredRevenue.write(folder, points);
            return points;
        });
    }

    /** The chart as kept beside {@code folder}, read without Spark (so before the session is ready); empty if stale. */
    public EngineTask<Optional<List<CategoryMonthRevenue>>> storedMonthlyRevenue(Path folder) {
        return engine.submitFileWork("Read the stored revenue chart", () -> StoredRevenue.read(folder));
    }

    /** True when the views the revenue chart needs are registered. */
    public static boolean hasSalesTables(List<String> tables) {
        return tables.containsAll(List.of("orders", "order_items", "products"));
    }

    static List<CategoryMonthRevenue> monthlyRevenue(SparkSession spark) {
        List<CategoryMonthRevenue> points = new ArrayList<>();
        for (Row row : spark.sql(MONTHLY_REVENUE_SQL).collectAsList()) {
            Object month = row.get(0);
            LocalDate date = month instanceof java.time.Instant instant
                    ? instant.atZone(java.time.ZoneOffset.UTC).toLocalDate()
                    : ((java.time.LocalDateTime) month).toLocalDate();
            points.add(new CategoryMonthRevenue(YearMonth.from(date), row.getString(1),
                    ((BigDecimal) row.get(2)).doubleValue()));
        }
        return points;
    }
}
