package io.sparkworkbench.engine.graph;

import java.util.Optional;

/**
 * What to build a graph from. {@link #social()} and {@link #coPurchase(long)} read the generated data set's
 * views; {@link #custom} reads any view the user names. Directedness is part of the source: social edges
 * are "follows"-like (a names b), co-purchase is symmetric, a custom view says which it is.
 *
 * @param weightColumn a custom view's numeric weight column, or null (then weight = rows per pair)
 * @param minWeight co-purchase only: pairs bought together fewer times are left out (at least 1)
 */
public record GraphSource(GraphKind kind, String view, String sourceColumn, String destinationColumn, String weightColumn,
                          boolean directed, long minWeight) {

    public static final String SOCIAL_VIEW = "social_edges";
    public static final String ORDER_ITEMS_VIEW = "order_items";

    public GraphSource {
        if (kind == null) {
            throw new IllegalArgumentException("A graph source needs a kind");
        }
        if (minWeight < 1) {
            throw new IllegalArgumentException("The minimum weight must be at least 1, not " + minWeight);
        }
        if (kind == GraphKind.CUSTOM && (blank(view) || blank(sourceColumn) || blank(destinationColumn))) {
            throw new IllegalArgumentException("A graph from a view needs the view, a source column and a destination column");
        }
    }

    public static GraphSource social() {
        return new GraphSource(GraphKind.SOCIAL, SOCIAL_VIEW, "src_customer_id", "dst_customer_id", null, true, 1);
    }

    public static GraphSource coPurchase(long minWeight) {
        return new GraphSource(GraphKind.CO_PURCHASE, ORDER_ITEMS_VIEW, "order_id", "product_id", null, false, minWeight);
    }

    /** @param weightColumn null or blank for none */
    public static GraphSource custom(String view, String sourceColumn, String destinationColumn, String weightColumn, boolean directed) {
        return new GraphSource(GraphKind.CUSTOM, view, sourceColumn, destinationColumn, blank(weightColumn) ? null : weightColumn,
                directed, 1);
    }

    public Optional<String> weight() {
        return Optional.ofNullable(weightColumn);
    }

    /** A short line for titles and job descriptions. */
    public String describe() {
        return switch (kind) {
            case SOCIAL -> "social network (" + SOCIAL_VIEW + ", directed)";
            case CO_PURCHASE -> "co-purchase network (" + ORDER_ITEMS_VIEW + ", undirected, weight ≥ " + minWeight + ")";
            case CUSTOM -> view + " (" + sourceColumn + " → " + destinationColumn + (weightColumn == null ? "" : ", weight " + weightColumn)
                    + (directed ? ", directed" : ", undirected") + ")";
        };
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
