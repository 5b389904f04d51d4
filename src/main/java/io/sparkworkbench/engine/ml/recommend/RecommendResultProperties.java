package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.ml.DatasetKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;

/**
 * The saved recommendation model's request, evaluation and counts as a properties file beside the ALS model,
 * so a reload shows the same metrics table without retraining. Doubles are written with {@link Double#toString},
 * which reads back to the same value.
 */
final class RecommendResultProperties {

    static final String FILE_NAME = "als.properties";
    static final String FINGERPRINT = "dataset.fingerprint";
    private static final String VERSION = "1";

    private RecommendResultProperties() {
    }

    static Properties write(RecommendResult r) {
        Properties p = new Properties();
        p.setProperty("format.version", VERSION);
        p.setProperty(FINGERPRINT, r.key().fingerprint());
        RecommendRequest q = r.request();
        p.setProperty("request.source", q.source().name());
        p.setProperty("request.weight.view", Double.toString(q.weights().view()));
        p.setProperty("request.weight.cart", Double.toString(q.weights().cart()));
        p.setProperty("request.weight.purchase", Double.toString(q.weights().purchase()));
        p.setProperty("request.rank", Integer.toString(q.rank()));
        p.setProperty("request.max_iterations", Integer.toString(q.maxIterations()));
        p.setProperty("request.reg_param", Double.toString(q.regParam()));
        p.setProperty("request.alpha", Double.toString(q.alpha()));
        p.setProperty("request.seed", Long.toString(q.seed()));
        p.setProperty("request.split", q.split().name());
        p.setProperty("request.holdout_days", Integer.toString(q.holdoutDays()));
        p.setProperty("request.test_fraction", Double.toString(q.testFraction()));
        p.setProperty("request.k", Integer.toString(q.k()));
        RecommendEvaluation e = r.evaluation();
        p.setProperty("evaluation.k", Integer.toString(e.k()));
        p.setProperty("evaluation.train_ratings", Long.toString(e.trainRatings()));
        p.setProperty("evaluation.test_ratings", Long.toString(e.testRatings()));
        p.setProperty("evaluation.evaluated_customers", Long.toString(e.evaluatedCustomers()));
        p.setProperty("evaluation.cold_customers", Long.toString(e.coldCustomers()));
        List<String> roles = new ArrayList<>();
        for (ModelScores m : e.models()) {
            String k = "model." + m.role().name() + ".";
            roles.add(m.role().name());
            RankingScores s = m.scores();
            p.setProperty(k + "precision", Double.toString(s.precision()));
            p.setProperty(k + "recall", Double.toString(s.recall()));
            p.setProperty(k + "map", Double.toString(s.map()));
            p.setProperty(k + "ndcg", Double.toString(s.ndcg()));
            p.setProperty(k + "coverage", Double.toString(s.coverage()));
            p.setProperty(k + "novelty", Double.toString(s.novelty()));
            p.setProperty(k + "rmse", s.rmse().isPresent() ? Double.toString(s.rmse().getAsDouble()) : "");
        }
        p.setProperty("models", String.join(",", roles));
        p.setProperty("customers", Long.toString(r.customers()));
        p.setProperty("products", Long.toString(r.products()));
        p.setProperty("fit_millis", Long.toString(r.fitMillis()));
        p.setProperty("trained_at", r.trainedAt().toString());
        return p;
    }

    /** The result saved in {@code p}, marked reloaded; fails naming the bad key. */
    static RecommendResult read(Properties p, DatasetKey key) {
        if (!VERSION.equals(p.getProperty("format.version"))) {
            throw new IllegalArgumentException("format.version is " + p.getProperty("format.version") + ", expected " + VERSION);
        }
        ImplicitWeights weights = new ImplicitWeights(dbl(p, "request.weight.view"), dbl(p, "request.weight.cart"),
                dbl(p, "request.weight.purchase"));
        RecommendRequest request = new RecommendRequest(RatingSource.valueOf(get(p, "request.source")), weights,
                integer(p, "request.rank"), integer(p, "request.max_iterations"), dbl(p, "request.reg_param"), dbl(p, "request.alpha"),
                lng(p, "request.seed"), SplitKind.valueOf(get(p, "request.split")), integer(p, "request.holdout_days"),
                dbl(p, "request.test_fraction"), integer(p, "request.k"));
        List<ModelScores> models = new ArrayList<>();
        for (String role : get(p, "models").split(",")) {
            String k = "model." + role.trim() + ".";
            String rmse = get(p, k + "rmse");
            models.add(new ModelScores(ModelRole.valueOf(role.trim()), new RankingScores(dbl(p, k + "precision"), dbl(p, k + "recall"),
                    dbl(p, k + "map"), dbl(p, k + "ndcg"), dbl(p, k + "coverage"), dbl(p, k + "novelty"),
                    rmse.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(rmse)))));
        }
        RecommendEvaluation evaluation = new RecommendEvaluation(integer(p, "evaluation.k"), lng(p, "evaluation.train_ratings"),
                lng(p, "evaluation.test_ratings"), lng(p, "evaluation.evaluated_customers"), lng(p, "evaluation.cold_customers"), models);
        return new RecommendResult(key, request, evaluation, lng(p, "customers"), lng(p, "products"), lng(p, "fit_millis"),
                Instant.parse(get(p, "trained_at")), true, Optional.empty());
    }

    private static String get(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("the key " + key + " is missing");
        }
        return value.trim();
    }

    private static double dbl(Properties p, String key) {
        String text = get(p, key);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the key " + key + " is not a number: '" + text + "'", e);
        }
    }

    private static long lng(Properties p, String key) {
        String text = get(p, key);
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the key " + key + " is not a whole number: '" + text + "'", e);
        }
    }

    private static int integer(Properties p, String key) {
        long value = lng(p, key);
        if (value != (int) value) {
            throw new IllegalArgumentException("the key " + key + " is out of range: " + value);
        }
        return (int) value;
    }
}
