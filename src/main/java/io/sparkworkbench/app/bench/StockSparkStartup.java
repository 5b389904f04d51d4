package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.datagen.DatasetInsights;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The plain-JVM peer of {@code bench startup}: a stock SparkSession ({@code local[*]}, Spark's defaults, except that
 * its web UI is off and it binds loopback, as the app's rules say) doing the start-up work the app does, and
 * nothing else. Prints {@code session_at} and {@code result_at} (epoch milliseconds) on stdout.
 * <ul>
 *   <li>{@code select1}: {@code SELECT 1}, as {@code spark-workbench sql -e "select 1"};</li>
 *   <li>{@code chart FOLDER}: reads orders, order_items and products from FOLDER's Parquet and runs the Data tab's
 *   monthly revenue query, as the window does for its first chart.</li>
 * </ul>
 */
public final class StockSparkStartup {

    private StockSparkStartup() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[*]").appName("stock")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        System.out.println("session_at " + System.currentTimeMillis());
        if (args.length > 1 && args[0].equals("chart")) {
            Path folder = Path.of(args[1]);
            for (String table : new String[] {"orders", "order_items", "products"}) {
                spark.read().parquet(folder.resolve(table).toString()).createOrReplaceTempView(table);
            }
            int rows = spark.sql(DatasetInsights.MONTHLY_REVENUE_SQL).collectAsList().size();
            System.out.println("rows " + rows);
        } else {
            spark.sql("SELECT 1").collectAsList();
        }
        System.out.println("result_at " + System.currentTimeMillis());
        spark.stop();
    }
}
