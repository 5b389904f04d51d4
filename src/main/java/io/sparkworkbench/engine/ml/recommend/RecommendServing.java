package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineException;
import org.apache.spark.ml.recommendation.ALSModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser's Spark side: reads the open data set and a trained model into the in-memory
 * {@link CustomerDirectory} and {@link Recommender}, and answers one customer's card with small queries.
 * Everything the driver keeps grows with customers × rank plus the distinct bought pairs, never with the lines.
 */
final class RecommendServing {

    private static final Logger LOG = LoggerFactory.getLogger(RecommendServing.class);

    private RecommendServing() {
    }

    /** Every customer (customer_id, name, email, country) of the open data set, for the type-ahead. */
    static CustomerDirectory directory(EngineContext context) {
        return DirectoryQuery.read(context);
    }

    /**
     * Collects the model's factors (rank from the model), the products, what each customer ever bought and the
     * fallback lists (overall, per country, and per segment when {@code customer_segments} is registered) into
     * memory. See {@link ServingFrames} for what counts as bought and as popular.
     */
    static Recommender recommender(EngineContext context, TrainedAls trained, CustomerDirectory directory) {
        long started = System.nanoTime();
        ALSModel model = trained.model();
        int rank = model.rank();
        try {
            RecommenderBuilder builder = Recommender.builder(rank).directory(directory);
            ServingFrames frames = new ServingFrames(context);
            builder.products(frames.products());
            FactorCollect.Factors users = FactorCollect.collect(context, model.userFactors(), rank, "customer");
            builder.userFactors(users.ids(), users.values());
            FactorCollect.Factors items = FactorCollect.collect(context, model.itemFactors(), rank, "product");
            builder.itemFactors(items.ids(), items.values());
            long factorsRead = System.nanoTime();
            addPurchases(model, frames, builder);
            long purchasesRead = System.nanoTime();
            context.checkCancelled();
            Recommender recommender = builder.build();
            LOG.info("Recommender ready in {} ms (products and factors {} ms, purchases and popular lists {} ms, arrays {} ms):"
                    + " {} customers and {} products with rank-{} factors", millis(started, System.nanoTime()), millis(started, factorsRead),
                    millis(factorsRead, purchasesRead), millis(purchasesRead, System.nanoTime()), users.ids().length, items.ids().length, rank);
            return recommender;
        } catch (IllegalArgumentException e) {
            // The builder's checks: duplicate ids, factors for a product the products table lacks.
            throw new EngineException("The recommendation model does not fit the open data set: " + e.getMessage(), e);
        }
    }

    private static void addPurchases(ALSModel model, ServingFrames frames, RecommenderBuilder builder) {
        Dataset<Row> purchases = frames.purchases();
        try {
            frames.addBought(purchases, builder);
            boolean segmented = frames.hasSegments();
            frames.addPopular(purchases, builder, frames.hasCountries(), segmented);
            if (segmented) {
                frames.addColdSegments(model.userFactors(), builder);
            }
        } finally {
            purchases.unpersist(false);
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /** One customer's profile, segment and newest {@code historyLimit} purchased lines. */
    static CustomerCard card(EngineContext context, long customerId, int historyLimit) {
        return new CustomerCards(context).card(customerId, historyLimit);
    }
}
