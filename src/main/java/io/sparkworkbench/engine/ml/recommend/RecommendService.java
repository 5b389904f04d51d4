package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineErrors;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.EnginePool;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recommendation tab's engine side: opens a data set (directory, sources, saved model), trains ALS and
 * judges it against the popularity and random baselines, runs a rank × regParam grid, serves one customer's
 * card, and registers every customer's top-N as {@code customer_recommendations}. The model last trained or
 * loaded stays here (as Spark's ALSModel) for the whole-population work; browsing goes through the in-memory
 * {@link Recommender} of the {@link RecommendModel}.
 */
public final class RecommendService {

    public static final String MODEL_NAME = "als";
    public static final String VIEW = "customer_recommendations";
    public static final int MAX_GRID_CELLS = 36;
    private static final Logger LOG = LoggerFactory.getLogger(RecommendService.class);

    private final SparkEngine engine;
    private volatile TrainedAls current;
    private volatile CustomerDirectory directory;

    public RecommendService(SparkEngine engine) {
        this.engine = engine;
    }

    public EngineTask<RecommendOpening> open(Path datasetFolder) {
        return engine.submit("Recommendations for " + datasetFolder.getFileName(), EnginePool.INTERACTIVE, context -> {
            DatasetKey key = DatasetKey.of(datasetFolder);
            current = null;
            Set<RatingSource> sources = RecommendTraining.sources(context);
            CustomerDirectory customers = RecommendServing.directory(context);
            directory = customers;
            try {
                Optional<RecommendModel> saved = RecommendTraining.loadSaved(context, key).map(t -> adopt(context, t, customers));
                return new RecommendOpening(key, sources, customers, saved, Optional.empty());
            } catch (EngineException e) {
                LOG.info("Saved recommendation model not loaded: {}", e.getMessage());
                return new RecommendOpening(key, sources, customers, Optional.empty(), Optional.of(EngineErrors.describe(e)));
            }
        });
    }

    public EngineTask<RecommendModel> train(DatasetKey key, RecommendRequest request) {
        String label = "Train ALS (rank " + request.rank() + ", " + request.maxIterations() + " iterations)";
        return engine.submit(label, EnginePool.BACKGROUND, context -> {
            CustomerDirectory customers = requireDirectory();
            return adopt(context, RecommendTraining.train(context, key, request), customers);
        });
    }

    /**
     * Trains, judges and saves like {@link #train}, and keeps the model for {@link #registerAll} and
     * {@link #overallMix}, but loads nothing into memory for browsing: for the command line, the benchmark and
     * the cluster suite, which need no customer directory.
     */
    public EngineTask<RecommendResult> trainHeadless(DatasetKey key, RecommendRequest request) {
        String label = "Train ALS (rank " + request.rank() + ", " + request.maxIterations() + " iterations, no browser)";
        return engine.submit(label, EnginePool.BACKGROUND, context -> {
            TrainedAls trained = RecommendTraining.train(context, key, request);
            current = trained;
            return trained.result();
        });
    }

    /** ALS's fit alone on the request's training ratings, in milliseconds: nothing is evaluated, saved or kept (the benchmark's fit figure). */
    public EngineTask<Long> fitMillis(RecommendRequest request) {
        return engine.submit("Fit ALS alone (rank " + request.rank() + ", " + request.maxIterations() + " iterations)",
                EnginePool.BACKGROUND, context -> RecommendTraining.fitMillis(context, request));
    }

    public GridRun grid(RecommendRequest base, List<Integer> ranks, List<Double> regParams) {
        if (ranks.isEmpty() || regParams.isEmpty() || ranks.size() * regParams.size() > MAX_GRID_CELLS) {
            throw new IllegalArgumentException("A grid needs 1 to " + MAX_GRID_CELLS + " cells, not " + ranks.size() + " ranks × "
                    + regParams.size() + " regParams");
        }
        List<Integer> r = List.copyOf(ranks);
        List<Double> g = List.copyOf(regParams);
        GridRun run = new GridRun(r.size() * g.size());
        run.start(engine.submit("Grid search (" + r.size() + " ranks × " + g.size() + " regParams)", EnginePool.BACKGROUND,
                context -> RecommendTraining.grid(context, base, r, g, run::add)));
        return run;
    }

    public EngineTask<CustomerCard> card(long customerId, int historyLimit) {
        return engine.submit("Customer " + customerId, EnginePool.INTERACTIVE,
                context -> RecommendServing.card(context, customerId, historyLimit));
    }

    /** Registers every customer's top-{@code n} as {@value #VIEW}; returns its row count. */
    public EngineTask<Long> registerAll(int n) {
        return engine.submit("Top-" + n + " for every customer", EnginePool.BACKGROUND,
                context -> RecommendTraining.registerAll(context, requireModel(), n));
    }

    public EngineTask<List<CategoryShare>> overallMix(int n) {
        return engine.submit("Category mix of every top-" + n, EnginePool.INTERACTIVE,
                context -> RecommendTraining.overallMix(context, requireModel(), n));
    }

    private RecommendModel adopt(EngineContext context, TrainedAls trained, CustomerDirectory customers) {
        context.checkCancelled();
        Recommender recommender = RecommendServing.recommender(context, trained, customers);
        current = trained;
        return new RecommendModel(trained.result(), recommender);
    }

    private TrainedAls requireModel() {
        TrainedAls now = current;
        if (now == null) {
            throw new EngineException("Train a recommendation model first");
        }
        return now;
    }

    private CustomerDirectory requireDirectory() {
        CustomerDirectory now = directory;
        if (now == null) {
            throw new EngineException("Open a data set first: the recommendation tab has no customers yet");
        }
        return now;
    }
}
