package io.sparkworkbench.engine.ml.recommend;

/** A customer as the type-ahead lists them. */
public record CustomerHit(long customerId, String name, String email, String country) {
}
