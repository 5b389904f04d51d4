package io.sparkworkbench.engine.stream.query;

import java.util.List;

/** The most viewed products of the last minute ({@code windowStartMs}..{@code windowEndMs}), rank 1 first. */
public record TopProducts(long windowStartMs, long windowEndMs, List<Product> products, long lastBatchId) {

    /** One product's minute: events naming it (views, carts, purchases), purchases and their revenue. */
    public record Product(int rank, long productId, long events, long purchases, double revenue) {
    }
}
