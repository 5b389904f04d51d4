package io.sparkworkbench.engine.ml.features;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The behaviour features of a customer that the segmentation and churn models learn from, computed in
 * Spark by {@link CustomerFeatureQuery}. {@code skewed} features are long-tailed counts and amounts, which
 * the model log-transforms by default; {@code source} says which table a feature needs.
 */
public enum CustomerFeature {
    RECENCY_DAYS("recency_days", "Recency (days)", "days from the last order (or signup, if none) to the reference date", true, Source.ORDERS),
    FREQUENCY("frequency", "Frequency", "orders placed", true, Source.ORDERS),
    MONETARY("monetary", "Monetary", "amount of the orders kept (not cancelled or returned)", true, Source.ORDERS),
    AVG_ORDER_VALUE("avg_order_value", "Avg order value", "monetary / orders kept", true, Source.ORDERS),
    DISTINCT_CATEGORIES("distinct_categories", "Categories", "distinct product categories bought", false, Source.ORDER_ITEMS),
    TENURE_DAYS("tenure_days", "Tenure (days)", "days from signup to the reference date", false, Source.CUSTOMERS),
    CANCEL_RETURN_RATE("cancel_return_rate", "Cancel/return rate", "share of orders cancelled or returned", false, Source.ORDERS),
    DISCOUNT_SHARE("discount_share", "Discount share", "share of orders placed with a discount", false, Source.ORDERS),
    SESSIONS("sessions", "Sessions", "clickstream sessions", true, Source.CLICKSTREAM),
    CART_ABANDON_RATE("cart_abandon_rate", "Cart abandon rate", "share of sessions with a cart that ended without a purchase", false, Source.CLICKSTREAM),
    AVG_RATING("avg_rating", "Avg rating", "mean review rating (the overall mean when none written)", false, Source.REVIEWS);

    /** The tables a feature is computed from; a data set without one simply lacks its features. */
    public enum Source {
        CUSTOMERS("customers"), ORDERS("orders"), ORDER_ITEMS("order_items"), CLICKSTREAM("clickstream"), REVIEWS("reviews");

        private final String table;

        Source(String table) {
            this.table = table;
        }

        public String table() {
            return table;
        }
    }

    /**
     * What the model uses unless the user picks otherwise: chosen to describe the customer, not to echo another
     * feature. Monetary is left out because after the log it is frequency plus average order value, and distinct
     * categories because it mostly counts orders again: each would give order volume two or three votes, and K-Means
     * then splits customers by how much they buy rather than by how (docs/decisions/0017).
     */
    public static final List<CustomerFeature> DEFAULT_MODEL = List.of(RECENCY_DAYS, FREQUENCY, AVG_ORDER_VALUE,
            TENURE_DAYS, DISCOUNT_SHARE);

    private final String column;
    private final String label;
    private final String description;
    private final boolean skewed;
    private final Source source;

    CustomerFeature(String column, String label, String description, boolean skewed, Source source) {
        this.column = column;
        this.label = label;
        this.description = description;
        this.skewed = skewed;
        this.source = source;
    }

    public String column() {
        return column;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean skewed() {
        return skewed;
    }

    public Source source() {
        return source;
    }

    public static Optional<CustomerFeature> ofColumn(String column) {
        return Arrays.stream(values()).filter(f -> f.column.equals(column)).findFirst();
    }

    public static List<String> columns(List<CustomerFeature> features) {
        return features.stream().map(CustomerFeature::column).toList();
    }
}
