package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.datagen.TableSizes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The benchmark peer for generation: DuckDB writes the same tables (same columns and types, the row
 * counts our generator produced) to Parquet from its own range() and hash(), in this JVM.
 */
final class DuckDbGenerator {

    private DuckDbGenerator() {
    }

    static void write(Connection duck, Path folder, TableSizes sizes, Map<EcommerceTable, Long> rows) throws SQLException {
        try (Statement st = duck.createStatement()) {
            for (EcommerceTable table : EcommerceTable.values()) {
                long n = rows.getOrDefault(table, sizes.rowsFor(table));
                String target = folder.resolve(table.sqlName() + ".parquet").toString().replace("'", "''");
                st.execute("COPY (" + select(table, n, sizes) + ") TO '" + target + "' (FORMAT parquet)");
            }
        }
    }

    private static String select(EcommerceTable table, long n, TableSizes s) {
        String u = "(hash(i, %d) %% 1000000) / 1000000.0";
        String sql = switch (table) {
            case CUSTOMERS -> """
                    SELECT i + 1 AS customer_id, 'Name ' || i AS name, 'user' || i || '@example.com' AS email,
                      ['US','UK','DE','FR'][1 + (hash(i, 1) %% 4)::INT] AS country, 'City ' || (hash(i, 2) %% 36) AS city,
                      (18 + hash(i, 3) %% 60)::INT AS age, ['female','male'][1 + (hash(i, 4) %% 2)::INT] AS gender,
                      DATE '2024-01-01' + (hash(i, 5) %% 730)::INT AS signup_date,
                      ['bronze','silver','gold','platinum'][1 + (hash(i, 6) %% 4)::INT] AS loyalty_tier
                    FROM range(%d) t(i)""".formatted(n);
            case PRODUCTS -> """
                    SELECT i + 1 AS product_id, 'Product ' || i AS name, 'Category ' || (i %% 8) AS category,
                      'Brand ' || (hash(i, 1) %% 40) AS brand, (1 + %s * 300)::DECIMAL(10,2) AS price,
                      (0.5 + %s * 150)::DECIMAL(10,2) AS cost, (hash(i, 4) %% 500)::INT AS stock_qty,
                      DATE '2022-01-01' + (hash(i, 5) %% 1400)::INT AS launch_date
                    FROM range(%d) t(i)""".formatted(u.formatted(2), u.formatted(3), n);
            case ORDERS -> """
                    SELECT i + 1 AS order_id, (1 + hash(i, 1) %% %d)::BIGINT AS customer_id,
                      TIMESTAMP '2024-01-01' + to_seconds((hash(i, 2) %% 63072000)::BIGINT) AS order_ts,
                      ['delivered','shipped','cancelled','returned'][1 + (hash(i, 3) %% 4)::INT] AS status,
                      ['web','mobile_app','marketplace','store'][1 + (hash(i, 4) %% 4)::INT] AS channel,
                      ['credit_card','paypal','debit_card','gift_card'][1 + (hash(i, 5) %% 4)::INT] AS payment_method,
                      (%s * 500)::DECIMAL(12,2) AS total_amount, ((hash(i, 7) %% 6) * 0.05)::DECIMAL(4,2) AS discount
                    FROM range(%d) t(i)""".formatted(s.customers(), u.formatted(6), n);
            case ORDER_ITEMS -> """
                    SELECT 1 + i // 3 AS order_id, (1 + i %% 3)::INT AS line_no, (1 + hash(i, 1) %% %d)::BIGINT AS product_id,
                      (1 + hash(i, 2) %% 3)::INT AS quantity, (%s * 200)::DECIMAL(10,2) AS unit_price,
                      (%s * 600)::DECIMAL(12,2) AS line_total
                    FROM range(%d) t(i)""".formatted(s.products(), u.formatted(3), u.formatted(4), n);
            case CLICKSTREAM -> """
                    SELECT i + 1 AS event_id, 1 + i // 5 AS session_id,
                      CASE WHEN hash(i, 1) %% 10 < 3 THEN NULL ELSE (1 + hash(i, 2) %% %d)::BIGINT END AS customer_id,
                      TIMESTAMP '2024-01-01' + to_seconds((hash(i, 3) %% 63072000)::BIGINT) AS event_ts,
                      ['page_view','product_view','add_to_cart','checkout','purchase'][1 + (hash(i, 4) %% 5)::INT] AS event_type,
                      (1 + hash(i, 5) %% %d)::BIGINT AS product_id, ['desktop','mobile','tablet'][1 + (hash(i, 6) %% 3)::INT] AS device,
                      ['direct','search','social','email','ads'][1 + (hash(i, 7) %% 5)::INT] AS referrer
                    FROM range(%d) t(i)""".formatted(s.customers(), s.products(), n);
            case REVIEWS -> """
                    SELECT i * 16 + 1 AS review_id, (1 + hash(i, 1) %% %d)::BIGINT AS customer_id, (1 + hash(i, 2) %% %d)::BIGINT AS product_id,
                      (1 + hash(i, 3) %% 5)::INT AS rating,
                      TIMESTAMP '2024-01-01' + to_seconds((hash(i, 4) %% 63072000)::BIGINT) AS review_ts
                    FROM range(%d) t(i)""".formatted(s.customers(), s.products(), n);
            case SOCIAL_EDGES -> """
                    SELECT 1 + i // 5 AS src_customer_id, (1 + hash(i, 1) %% %d)::BIGINT AS dst_customer_id,
                      ['friend','follows','family','colleague'][1 + (hash(i, 2) %% 4)::INT] AS relation,
                      DATE '2024-01-01' + (hash(i, 3) %% 730)::INT AS since
                    FROM range(%d) t(i)""".formatted(s.customers(), n);
        };
        return sql;
    }
}
