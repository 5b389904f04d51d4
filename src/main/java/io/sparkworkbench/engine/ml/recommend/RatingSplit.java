package io.sparkworkbench.engine.ml.recommend;

import static io.sparkworkbench.engine.ml.recommend.RatingTables.CUSTOMER;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.PRODUCT;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.PURCHASE;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.RATING;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.TS;
import static io.sparkworkbench.engine.ml.recommend.RatingTables.WEIGHT;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_dt_interval;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import io.sparkworkbench.engine.EngineException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The request's ratings split into what ALS learns from and what every recommender is judged on, all with
 * int ids (ALS's): {@code train} (customer_id, product_id, rating &gt; 0), {@code trainBought} (the pairs bought
 * in training, excluded from every recommender's list), {@code relevant} (the held-out pairs a good list
 * names; with their rating for explicit ratings) and {@code evaluated} (the test customers ALS has factors for).
 * Test customers without training history are cold: counted, and left out of every recommender's ranking
 * metrics so the three are judged on the same customers. See ADR 0022 for the split rules.
 */
final class RatingSplit implements AutoCloseable {

    private static final long BUCKETS = 1_000_000;

    private final Dataset<Row> train;
    private final Dataset<Row> trainBought;
    private final Dataset<Row> relevant;
    private final Dataset<Row> heldOut;
    private final Dataset<Row> evaluated;
    private final Counts counts;

    /** How big each part is; {@code maxBought} is the most products one evaluated customer bought in training. */
    record Counts(long trainRatings, long testRatings, long evaluatedCustomers, long coldCustomers, long maxBought) {
    }

    private RatingSplit(Dataset<Row> train, Dataset<Row> trainBought, Dataset<Row> relevant, Dataset<Row> heldOut, Dataset<Row> evaluated,
                        Counts counts) {
        this.train = train;
        this.trainBought = trainBought;
        this.relevant = relevant;
        this.heldOut = heldOut;
        this.evaluated = evaluated;
        this.counts = counts;
    }

    static RatingSplit of(SparkSession spark, RecommendRequest request) {
        RatingTables tables = new RatingTables(spark);
        boolean implicit = request.source() == RatingSource.IMPLICIT_EVENTS;
        Dataset<Row> events = implicit ? tables.implicitEvents(request.weights()) : tables.reviews();
        String from = implicit ? "orders, order_items and clickstream" : "reviews";
        if (events.isEmpty()) {
            throw new EngineException("There are no ratings in " + from + " to train on");
        }
        Dataset<Row> typed = withIntIds(events, from, CUSTOMER, PRODUCT);
        Parts parts = implicit ? implicitParts(typed, request) : explicitParts(typed, request);
        return cached(parts, request);
    }

    Dataset<Row> train() {
        return train;
    }

    Dataset<Row> trainBought() {
        return trainBought;
    }

    Dataset<Row> relevant() {
        return relevant;
    }

    Dataset<Row> evaluated() {
        return evaluated;
    }

    Counts counts() {
        return counts;
    }

    @Override
    public void close() {
        for (Dataset<Row> d : List.of(train, trainBought, relevant, heldOut, evaluated)) {
            d.unpersist(false);
        }
    }

    private record Parts(Dataset<Row> train, Dataset<Row> trainBought, Dataset<Row> relevant) {
    }

    /**
     * BY_TIME splits events, not pairs, at the cut-off: training learns from everything before it, and the
     * relevant items are what a customer bought after it and had not bought before (a repeat purchase is
     * excluded from every list, so it cannot count). RANDOM_PER_USER holds out a seeded share of each
     * customer's purchased products; pairs only viewed or carted always train, as they could never be relevant.
     */
    private static Parts implicitParts(Dataset<Row> events, RecommendRequest request) {
        if (request.split() == SplitKind.BY_TIME) {
            Column cutoff = cutoff(events, request.holdoutDays(), "orders and clickstream");
            Dataset<Row> before = events.filter(col(TS).leq(cutoff));
            Dataset<Row> pairs = before.groupBy(CUSTOMER, PRODUCT).agg(sum(WEIGHT).as(RATING), max(PURCHASE).as(PURCHASE));
            Dataset<Row> bought = pairs.filter(col(PURCHASE)).select(CUSTOMER, PRODUCT);
            Dataset<Row> relevant = events.filter(col(TS).gt(cutoff).and(col(PURCHASE))).select(CUSTOMER, PRODUCT).distinct()
                    .join(bought, pairKeys(), "left_anti");
            return new Parts(pairs.filter(col(RATING).gt(0)).select(CUSTOMER, PRODUCT, RATING), bought, relevant);
        }
        Dataset<Row> pairs = events.groupBy(CUSTOMER, PRODUCT).agg(sum(WEIGHT).as(RATING), max(PURCHASE).as(PURCHASE))
                .withColumn("held", col(PURCHASE).and(heldOut(request)));
        Dataset<Row> kept = pairs.filter(col("held").equalTo(false));
        return new Parts(kept.filter(col(RATING).gt(0)).select(CUSTOMER, PRODUCT, RATING),
                kept.filter(col(PURCHASE)).select(CUSTOMER, PRODUCT), pairs.filter(col("held")).select(CUSTOMER, PRODUCT));
    }

    /** A (customer, product) pair's rating is the mean of its reviews; the pair is held out whole, by its latest review or by hash. */
    private static Parts explicitParts(Dataset<Row> reviews, RecommendRequest request) {
        Dataset<Row> pairs = reviews.groupBy(CUSTOMER, PRODUCT).agg(avg(RATING).as(RATING), max(TS).as(TS));
        Column held = request.split() == SplitKind.BY_TIME
                ? col(TS).gt(cutoff(reviews, request.holdoutDays(), "reviews")) : heldOut(request);
        Dataset<Row> marked = pairs.withColumn("held", held);
        Dataset<Row> train = marked.filter(col("held").equalTo(false)).select(CUSTOMER, PRODUCT, RATING);
        return new Parts(train, train.select(CUSTOMER, PRODUCT), marked.filter(col("held")).select(CUSTOMER, PRODUCT, RATING));
    }

    /** The data's end (its latest event) minus the held-out days; fails when there is no event at all. */
    private static Column cutoff(Dataset<Row> events, int holdoutDays, String what) {
        Row end = events.agg(max(TS)).first();
        if (end.isNullAt(0)) {
            throw new EngineException("No rating events with a time in " + what + ": nothing to split by time");
        }
        return lit(end.get(0)).minus(make_dt_interval(lit(holdoutDays), lit(0), lit(0), lit(0)));
    }

    /** A hash of the pair and the seed rather than {@code randomSplit}: the same pairs are held out whatever the partitioning. */
    private static Column heldOut(RecommendRequest request) {
        return pmod(xxhash64(col(CUSTOMER), col(PRODUCT), lit(request.seed())), lit(BUCKETS))
                .lt(lit(Math.round(request.testFraction() * BUCKETS)));
    }

    /** ALS keys users and items by int: casts the id {@code columns}, refusing clearly any id outside the int range. */
    static Dataset<Row> withIntIds(Dataset<Row> rows, String tables, String... columns) {
        List<Column> bounds = new ArrayList<>();
        for (String c : columns) {
            bounds.add(min(c));
            bounds.add(max(c));
        }
        Row range = rows.agg(bounds.get(0), bounds.subList(1, bounds.size()).toArray(Column[]::new)).first();
        Dataset<Row> typed = rows;
        for (int i = 0; i < columns.length; i++) {
            for (int j = 2 * i; j <= 2 * i + 1; j++) {
                if (!range.isNullAt(j)) {
                    long id = ((Number) range.get(j)).longValue();
                    if (id < Integer.MIN_VALUE || id > Integer.MAX_VALUE) {
                        throw new EngineException("The " + columns[i] + " " + id + " in " + tables + " does not fit ALS's 32-bit ids ("
                                + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + "): renumber the ids to train a recommender");
                    }
                }
            }
            typed = typed.withColumn(columns[i], col(columns[i]).cast("int"));
        }
        return typed;
    }

    private static RatingSplit cached(Parts parts, RecommendRequest request) {
        // Laid out by customer in a fixed order, so the same seed fits the same factors locally and on a cluster.
        int partitions = Math.max(1, Integer.parseInt(parts.train().sparkSession().conf().get("spark.sql.shuffle.partitions")));
        Dataset<Row> train = parts.train().repartition(partitions, col(CUSTOMER)).sortWithinPartitions(CUSTOMER, PRODUCT)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> bought = parts.trainBought().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> relevantAll = parts.relevant().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> trainCustomers = train.select(CUSTOMER).distinct();
        Dataset<Row> testCustomers = relevantAll.select(CUSTOMER).distinct();
        Dataset<Row> evaluated = testCustomers.join(trainCustomers, CUSTOMER).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> relevant = relevantAll.join(evaluated, CUSTOMER, "left_semi").persist(StorageLevel.MEMORY_AND_DISK());
        long trainRatings = train.count();
        long testRatings = relevantAll.count();
        long evaluatedCustomers = evaluated.count();
        long coldCustomers = testCustomers.count() - evaluatedCustomers;
        String split = request.split() == SplitKind.BY_TIME ? "in the last " + request.holdoutDays() + " days" : "held out";
        if (trainRatings == 0) {
            throw new EngineException("No ratings are left to train on after holding out those " + split + ": hold out less");
        }
        if (evaluatedCustomers == 0) {
            throw new EngineException("No customer with a training history has ratings " + split + " (" + testRatings
                    + " held-out ratings, all of customers unseen in training): hold out more to evaluate the model");
        }
        Row most = bought.join(evaluated, CUSTOMER, "left_semi").groupBy(CUSTOMER).count().agg(max("count")).first();
        long maxBought = most.isNullAt(0) ? 0 : most.getLong(0);
        return new RatingSplit(train, bought, relevant, relevantAll, evaluated,
                new Counts(trainRatings, testRatings, evaluatedCustomers, coldCustomers, maxBought));
    }

    /** The join keys of a (customer, product) pair. */
    static String[] pairKeys() {
        return new String[] {CUSTOMER, PRODUCT};
    }
}
