package io.sparkworkbench.engine.ml.recommend;

/** A product as the browser shows it (held in memory with the model). */
public record ProductInfo(long productId, String name, String category, String brand, double price) {
}
