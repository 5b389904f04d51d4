package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * social_edges: each customer names a few others. Customers sit in the planted {@link SocialCommunities} (mostly
 * one segment each); most edges stay inside the community, and targets are drawn with a strong skew toward a few
 * members, which gives hubs and a heavy-tailed in-degree.
 */
final class SocialEdgesTable {

    static final long COMMUNITY_SIZE = SocialCommunities.COMMUNITY_SIZE;
    static final double INSIDE_COMMUNITY = 0.8;
    private static final int MAX_OUT_EDGES = 60;
    private static final String[] RELATIONS = {"friend", "follows", "family", "colleague"};
    private static final double[] RELATION_WEIGHT = {60, 25, 8, 7};

    private SocialEdgesTable() {
    }

    /**
     * One row per (source, draw k), then distinct(): relation and since are keyed on (src, dst), so the
     * rows of a pair drawn twice are identical and the result does not depend on which draw survives.
     * (Drawing all 60 possible slots into one array and de-duplicating it avoided the shuffle, but its
     * 60 copies of the target formula made this table twice as slow to generate.)
     */
    static Dataset<Row> build(SparkSession spark, GeneratorModel m, int partitions) {
        HashRandom r = m.random;
        long n = m.sizes.customers();
        SocialCommunities communities = new SocialCommunities(m.layout, r.seed());
        Column src = col("id").plus(1);
        Column outDegree = least(lit(MAX_OUT_EDGES),
                floor(log(lit(1.0).minus(r.uniform(701, src))).multiply(-(TableSizes.MEAN_OUT_EDGES - 0.5))).plus(1)).cast("int");
        Dataset<Row> sources = spark.range(0, n, 1, partitions)
                .select(src.as("src"), outDegree.as("out_degree"), communities.slotOfId(src).as("src_slot"));

        Column srcSignup = col("src_signup");
        Column since = m.time.date(srcSignup.plus(floor(r.uniform(706, col("src"), col("dst"))
                .multiply(lit(TimeModel.DAYS).minus(srcSignup)))));
        return sources
                .select(col("src"), col("src_slot"), explode(sequence(lit(1L), col("out_degree").cast("bigint"))).as("k"))
                .select(col("src"), col("src_slot"), targetSlot(r, n, col("k")).as("dst_slot"))
                // Slots are a bijection of ids, so this drops exactly the self-loops. Spark pushes the filter below
                // the projection and inlines dst_slot into it: testing the slot, not the id, keeps that copy small.
                .where(col("dst_slot").notEqual(col("src_slot")))
                .select(col("src"), communities.idOfSlot(col("dst_slot")).as("dst"))
                // Every column below is a function of (src, dst) alone, so duplicate draws are identical rows
                // and distinct() keeps the same content whatever the partitioning.
                .distinct()
                .coalesce(partitions)
                .sortWithinPartitions(col("src"), col("dst"))
                .withColumn("src_signup", m.signupDay(col("src"), m.layout.segmentOfId(col("src"))))
                .select(col("src").as("src_customer_id"), col("dst").as("dst_customer_id"),
                        HashRandom.pick(Lookup.ofStrings(RELATIONS, RELATION_WEIGHT), r.uniform(705, col("src"), col("dst"))).as("relation"),
                        since.as("since"));
    }

    /**
     * The slot of the k-th target drawn for a source: mostly inside its community, skewed toward its first members
     * (the community's hubs); otherwise anywhere, skewed toward the first slots (the global hubs).
     */
    private static Column targetSlot(HashRandom r, long n, Column k) {
        Column communityStart = floor(col("src_slot").divide(COMMUNITY_SIZE)).cast("bigint").multiply(COMMUNITY_SIZE);
        Column communitySize = least(lit(COMMUNITY_SIZE), lit(n).minus(communityStart));
        Column inside = r.uniform(702, col("src"), k).lt(INSIDE_COMMUNITY);
        Column skewed = pow(r.uniform(703, col("src"), k), 2.5);
        return when(inside, communityStart.plus(floor(skewed.multiply(communitySize))))
                .otherwise(floor(pow(r.uniform(704, col("src"), k), 3).multiply(n))).cast("bigint");
    }
}
