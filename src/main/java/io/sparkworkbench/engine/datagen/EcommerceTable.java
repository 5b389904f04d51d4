package io.sparkworkbench.engine.datagen;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The seven tables of the e-commerce data set; {@link #sqlName()} is both the folder and the view name. */
public enum EcommerceTable {
    CUSTOMERS("customers"),
    PRODUCTS("products"),
    ORDERS("orders"),
    ORDER_ITEMS("order_items"),
    CLICKSTREAM("clickstream"),
    REVIEWS("reviews"),
    SOCIAL_EDGES("social_edges");

    private final String sqlName;

    EcommerceTable(String sqlName) {
        this.sqlName = sqlName;
    }

    public String sqlName() {
        return sqlName;
    }

    public static EcommerceTable parse(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.sqlName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown table '" + name + "': use one of "
                        + Arrays.stream(values()).map(EcommerceTable::sqlName).collect(Collectors.joining(", "))));
    }
}
