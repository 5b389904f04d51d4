package io.sparkworkbench.engine.ml.recommend;

import java.util.List;
import java.util.Optional;

/**
 * Every customer's id, name, email and country held in memory, so the type-ahead answers each key stroke
 * without a Spark job. Thread-safe and immutable; cheap enough to call on the JavaFX thread.
 */
public final class CustomerDirectory {

    /** Contract placeholder: helper "recserve" replaces this class. */
    CustomerDirectory() {
        throw new UnsupportedOperationException("recserve");
    }

    /** Customers whose id starts with, or whose name or email contains, {@code text} (case-insensitive), best first. */
    public List<CustomerHit> search(String text, int limit) {
        throw new UnsupportedOperationException("recserve");
    }

    public Optional<CustomerHit> byId(long customerId) {
        throw new UnsupportedOperationException("recserve");
    }

    public int size() {
        throw new UnsupportedOperationException("recserve");
    }
}
