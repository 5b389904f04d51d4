package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.cos;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.shiftrightunsigned;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.expressions.XXH64;

/**
 * Random numbers as pure functions of (seed, salt, keys). Every generated value comes from here, so
 * the data depend only on ids and the seed, never on partitioning (unlike {@code rand()}).
 * {@link #uniform(long, long...)} mirrors the Spark expression in plain Java so tests and benchmarks
 * can recompute hidden values (like a customer's latent segment) without Spark.
 * Not final only so a test can record which salts the tables draw with (HashRandomSaltsTest).
 */
class HashRandom {

    private static final double TWO_POW_53 = 9007199254740992.0;
    /** Spark's xxhash64 starts from this seed. */
    private static final long SPARK_HASH_SEED = 42L;

    private final long seed;

    HashRandom(long seed) {
        this.seed = seed;
    }

    long seed() {
        return seed;
    }

    /** Uniform in [0, 1); keys must be bigint columns for {@link #uniform(long, long...)} to agree. */
    Column uniform(long salt, Column... keys) {
        List<Column> parts = new ArrayList<>(keys.length + 2);
        parts.add(lit(seed));
        parts.add(lit(salt));
        for (Column key : keys) {
            parts.add(key.cast("bigint"));
        }
        Column hash = xxhash64(parts.toArray(Column[]::new));
        return shiftrightunsigned(hash, 11).cast("double").divide(lit(TWO_POW_53));
    }

    /** The same number {@link #uniform(long, Column...)} gives for these key values. */
    double uniform(long salt, long... keys) {
        long hash = XXH64.hashLong(seed, SPARK_HASH_SEED);
        hash = XXH64.hashLong(salt, hash);
        for (long key : keys) {
            hash = XXH64.hashLong(key, hash);
        }
        return (hash >>> 11) / TWO_POW_53;
    }

    /** Standard normal via Box-Muller from two independent uniforms. */
    Column normal(long salt, Column... keys) {
        Column u1 = uniform(salt, keys);
        Column u2 = uniform(salt + 7919, keys);
        return sqrt(log(lit(1.0).minus(u1)).multiply(-2.0)).multiply(cos(u2.multiply(2 * Math.PI)));
    }

    /** Integer in [0, n) from a uniform column. */
    static Column below(Column uniform, Column n) {
        return least(floor(uniform.multiply(n)), n.minus(1)).cast("bigint");
    }

    /** Picks from a lookup table (see {@link Lookup}) with a uniform column; row selects a block of it. */
    static Column pick(Lookup lookup, Column uniform) {
        return element_at(lookup.column(), floor(uniform.multiply(lookup.width())).cast("int").plus(1));
    }

    static Column pick(Lookup lookup, Column row, Column uniform) {
        Column index = row.cast("int").multiply(lookup.width()).plus(floor(uniform.multiply(lookup.width())).cast("int")).plus(1);
        return element_at(lookup.column(), index);
    }
}
