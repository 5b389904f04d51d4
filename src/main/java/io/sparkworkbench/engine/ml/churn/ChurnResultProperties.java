package io.sparkworkbench.engine.ml.churn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The saved churn model's request and metrics as a properties file beside the fitted pipelines, so a reload
 * shows the same ROC curves, histograms and importances without retraining. Doubles are written with
 * {@link Double#toString}, which reads back to the same value.
 */
final class ChurnResultProperties {

    static final String FILE_NAME = "churn.properties";
    private static final String VERSION = "1";

    private ChurnResultProperties() {
    }

    static Properties write(ChurnResult r, String fingerprint) {
        Properties p = new Properties();
        p.setProperty("format.version", VERSION);
        p.setProperty("dataset.fingerprint", fingerprint);
        ChurnRequest q = r.request();
        p.setProperty("request.horizon_days", Integer.toString(q.horizonDays()));
        p.setProperty("request.cutoff", q.cutoff().map(LocalDate::toString).orElse(""));
        p.setProperty("request.features", String.join(",", q.features()));
        p.setProperty("request.test_fraction", Double.toString(q.testFraction()));
        p.setProperty("request.seed", Long.toString(q.seed()));
        p.setProperty("request.ensemble", q.ensemble().folderName());
        p.setProperty("request.trees", Integer.toString(q.trees()));
        p.setProperty("request.max_depth", Integer.toString(q.maxDepth()));
        p.setProperty("cutoff", r.cutoff().toString());
        p.setProperty("feature_date", r.featureDate().toString());
        p.setProperty("data_end", r.dataEnd().toString());
        p.setProperty("features", String.join(",", r.features()));
        p.setProperty("base_churn_rate", Double.toString(r.baseChurnRate()));
        p.setProperty("train_count", Long.toString(r.trainCount()));
        p.setProperty("test_count", Long.toString(r.testCount()));
        p.setProperty("best", r.best().folderName());
        p.setProperty("trained_at", r.trainedAt().toString());
        List<String> kinds = new ArrayList<>();
        for (ModelReport m : r.models()) {
            String k = "model." + m.kind().folderName() + ".";
            kinds.add(m.kind().folderName());
            p.setProperty(k + "auc", Double.toString(m.auc()));
            p.setProperty(k + "histogram.churned", join(m.histogram().churned()));
            p.setProperty(k + "histogram.stayed", join(m.histogram().stayed()));
            StringBuilder importance = new StringBuilder();
            for (FeatureWeight w : m.importance()) {
                importance.append(importance.length() == 0 ? "" : ",").append(w.feature()).append('=').append(w.value());
            }
            p.setProperty(k + "importance", importance.toString());
        }
        p.setProperty("models", String.join(",", kinds));
        return p;
    }

    /** The result saved in {@code p}, without scores (the caller rescores); fails naming the bad key. */
    static ChurnResult read(Properties p) {
        if (!VERSION.equals(p.getProperty("format.version"))) {
            throw new IllegalArgumentException("format.version is " + p.getProperty("format.version") + ", expected " + VERSION);
        }
        String cutoff = get(p, "request.cutoff");
        ChurnRequest request = new ChurnRequest(Integer.parseInt(get(p, "request.horizon_days")),
                cutoff.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(cutoff)), list(get(p, "request.features")),
                Double.parseDouble(get(p, "request.test_fraction")), Long.parseLong(get(p, "request.seed")),
                kind(get(p, "request.ensemble")), Integer.parseInt(get(p, "request.trees")), Integer.parseInt(get(p, "request.max_depth")));
        List<ModelReport> models = new ArrayList<>();
        for (String name : list(get(p, "models"))) {
            String k = "model." + name + ".";
            ScoreHistogram histogram = new ScoreHistogram(longs(get(p, k + "histogram.churned")), longs(get(p, k + "histogram.stayed")));
            List<FeatureWeight> importance = new ArrayList<>();
            for (String pair : list(get(p, k + "importance"))) {
                int eq = pair.lastIndexOf('=');
                importance.add(new FeatureWeight(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1))));
            }
            models.add(new ModelReport(kind(name), Double.parseDouble(get(p, k + "auc")), histogram.rocCurve(), histogram, importance));
        }
        return new ChurnResult(request, LocalDate.parse(get(p, "cutoff")), LocalDate.parse(get(p, "feature_date")),
                LocalDate.parse(get(p, "data_end")), list(get(p, "features")), Double.parseDouble(get(p, "base_churn_rate")),
                Long.parseLong(get(p, "train_count")), Long.parseLong(get(p, "test_count")), models, kind(get(p, "best")),
                List.of(), 0, Map.of(), Instant.parse(get(p, "trained_at")), true, Optional.empty());
    }

    private static String get(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("the key " + key + " is missing");
        }
        return value.trim();
    }

    private static ModelKind kind(String name) {
        return ModelKind.ofFolderName(name).orElseThrow(() -> new IllegalArgumentException("unknown model '" + name + "'"));
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(String::trim).toList();
    }

    private static String join(List<Long> values) {
        StringBuilder b = new StringBuilder();
        for (Long v : values) {
            b.append(b.length() == 0 ? "" : ",").append(v);
        }
        return b.toString();
    }

    private static List<Long> longs(String text) {
        return list(text).stream().map(Long::parseLong).toList();
    }
}
