package io.sparkworkbench.app.bench;

import java.lang.reflect.Method;

/**
 * THE one place {@code bench graph} reads the generator's planted social community of a customer. When this was
 * written, main's datagen had no public method for it, only the package-private
 * {@code SocialEdgesTable.communityOf(id, customers, seed)}; it is called by reflection so the benchmark does not
 * copy the generator's formula. When datagen exposes a public method, call it here instead (and drop the reflection).
 */
final class PlantedCommunities {

    private final Method communityOf;
    private final long customers;
    private final long seed;

    private PlantedCommunities(Method communityOf, long customers, long seed) {
        this.communityOf = communityOf;
        this.customers = customers;
        this.seed = seed;
    }

    /** @throws ReflectiveOperationException when the generator no longer has that method: the caller notes it */
    static PlantedCommunities of(long customers, long seed) throws ReflectiveOperationException {
        Class<?> table = Class.forName("io.sparkworkbench.engine.datagen.SocialEdgesTable");
        Method m = table.getDeclaredMethod("communityOf", long.class, long.class, long.class);
        m.setAccessible(true);
        return new PlantedCommunities(m, customers, seed);
    }

    long communityOf(long customerId) {
        try {
            return (Long) communityOf.invoke(null, customerId, customers, seed);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the planted community of customer " + customerId + ": " + e, e);
        }
    }
}
