package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.recommend.ModelRole;
import io.sparkworkbench.engine.ml.recommend.RatingSource;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendResult;
import io.sparkworkbench.engine.ml.recommend.SplitKind;
import io.sparkworkbench.ui.common.Formats;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.OptionalDouble;

/** The sentences under the metrics table: where the model came from, how the data were split, and ALS against popularity. */
final class MetricsText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);

    private MetricsText() {
    }

    /** "Reloaded the saved model trained 2026-11-30 14:05 …" or "Trained … in 3.1 s". */
    static String provenance(RecommendResult result, ZoneId zone) {
        String what = parameters(result.request()) + ", " + Formats.count(result.customers()) + " customers × "
                + Formats.count(result.products()) + " products";
        String when = WHEN.format(result.trainedAt().atZone(zone));
        String text = result.reloaded()
                ? "Reloaded the saved model trained " + when + " (" + what + ")."
                : "Trained " + when + ", ALS fitted in " + Formats.elapsed(result.fitMillis()) + " (" + what + ").";
        return text + result.saveProblem().map(p -> " Not saved: " + p).orElse("");
    }

    static String parameters(RecommendRequest request) {
        String ratings = request.source() == RatingSource.EXPLICIT_REVIEWS ? "explicit ratings"
                : "implicit ratings, alpha " + TrainFormViewModel.text(request.alpha());
        return "rank " + request.rank() + ", " + request.maxIterations() + " iterations, regParam "
                + TrainFormViewModel.text(request.regParam()) + ", " + ratings;
    }

    /** How many ratings trained the model and how many judged it. */
    static String split(RecommendEvaluation evaluation, RecommendRequest request) {
        String how = request.split() == SplitKind.BY_TIME ? "the last " + request.holdoutDays() + " days held out"
                : Math.round(request.testFraction() * 100) + "% of each customer's ratings held out at random";
        return "Trained on " + Formats.count(evaluation.trainRatings()) + " ratings; judged on " + Formats.count(evaluation.testRatings())
                + " held-out ratings of " + Formats.count(evaluation.evaluatedCustomers()) + " customers (" + how + ")"
                + (evaluation.coldCustomers() == 0 ? "." : "; " + Formats.count(evaluation.coldCustomers())
                + " held-out customers with no training history are left out of every row (cold start).");
    }

    /** "ALS is 2.4× popularity on precision@10 (0.123 vs 0.051)", said plainly also when ALS loses. */
    static String versusPopular(RecommendEvaluation evaluation) {
        double als = evaluation.scores(ModelRole.ALS).precision();
        double popular = evaluation.scores(ModelRole.POPULAR).precision();
        String at = "precision@" + evaluation.k();
        if (popular == 0) {
            return "Most popular scored 0 on " + at + "; ALS scored " + score(als) + ".";
        }
        double ratio = als / popular;
        String sentence = String.format(Locale.US, "ALS is %.1f× popularity on %s (%s vs %s)", ratio, at, score(als), score(popular));
        return sentence + (ratio < 1 ? ": the popularity baseline ranks better on this data." : ".") + rmse(evaluation);
    }

    /** On explicit ratings, the stars ALS misses by beside what each baseline misses by; empty otherwise. */
    private static String rmse(RecommendEvaluation evaluation) {
        OptionalDouble als = evaluation.scores(ModelRole.ALS).rmse();
        OptionalDouble means = evaluation.scores(ModelRole.POPULAR).rmse();
        OptionalDouble random = evaluation.scores(ModelRole.RANDOM).rmse();
        if (als.isEmpty() || means.isEmpty() || random.isEmpty()) {
            return "";
        }
        return String.format(Locale.US, " RMSE %.3f stars, against %.3f for each product's mean rating and %.3f for random stars%s",
                als.getAsDouble(), means.getAsDouble(), random.getAsDouble(),
                als.getAsDouble() > means.getAsDouble() ? ": product means predict the stars better." : ".");
    }

    static String score(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.US, "%.3f", value);
    }
}
