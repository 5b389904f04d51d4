package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every customer of the open data set's {@code customers} view into a {@link CustomerDirectory},
 * streaming the rows to the driver a partition at a time. The hits are held only until the directory packs
 * them into its byte blobs; each distinct country is one String (there are a dozen, not a million).
 */
final class DirectoryQuery {

    private DirectoryQuery() {
    }

    static CustomerDirectory read(EngineContext context) {
        new ServingTables(context.spark()).require(ServingTables.CUSTOMERS, "customer directory", "customer_id", "name", "email", "country");
        List<CustomerHit> hits = new ArrayList<>();
        Map<String, String> countries = new HashMap<>();
        LocalRows.forEach(context, context.spark().sql("SELECT CAST(customer_id AS BIGINT), CAST(name AS STRING),"
                        + " CAST(email AS STRING), CAST(country AS STRING) FROM customers WHERE customer_id IS NOT NULL"),
                row -> {
                    String country = row.isNullAt(3) ? "" : countries.computeIfAbsent(row.getString(3), c -> c);
                    hits.add(new CustomerHit(row.getLong(0), row.getString(1), row.getString(2), country));
                });
        context.checkCancelled();
        try {
            return CustomerDirectory.of(hits);
        } catch (IllegalArgumentException e) {
            throw new EngineException("The customers table cannot serve the customer directory: " + e.getMessage(), e);
        }
    }
}
