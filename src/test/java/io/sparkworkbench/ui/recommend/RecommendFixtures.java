package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.recommend.CustomerCard;
import io.sparkworkbench.engine.ml.recommend.CustomerDirectory;
import io.sparkworkbench.engine.ml.recommend.CustomerHit;
import io.sparkworkbench.engine.ml.recommend.GridCell;
import io.sparkworkbench.engine.ml.recommend.HistoryLine;
import io.sparkworkbench.engine.ml.recommend.ModelRole;
import io.sparkworkbench.engine.ml.recommend.ModelScores;
import io.sparkworkbench.engine.ml.recommend.ProductInfo;
import io.sparkworkbench.engine.ml.recommend.RankingScores;
import io.sparkworkbench.engine.ml.recommend.RatingSource;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import io.sparkworkbench.engine.ml.recommend.RecommendModel;
import io.sparkworkbench.engine.ml.recommend.RecommendOpening;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendResult;
import io.sparkworkbench.engine.ml.recommend.Recommender;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A hand-built shop for the recommendation tab's tests, no Spark: rank-2 factors where books point along x and
 * toys along y. Ada (1) reads and bought Book A; Bob (2) plays and bought Toy A; Cleo (3) has no factors (a
 * fallback list: popular in France); Dan (4) bought books and toys.
 */
final class RecommendFixtures {

    static final DatasetKey KEY = new DatasetKey(Path.of("/data/shop"), "shop-0123456789abcdef", OptionalLong.empty(), OptionalLong.empty());
    static final List<ProductInfo> PRODUCTS = List.of(
            new ProductInfo(11, "Book A", "Books", "Inkwell", 12.5), new ProductInfo(12, "Book B", "Books", "Inkwell", 14),
            new ProductInfo(13, "Book C", "Books", "Papyr", 9), new ProductInfo(21, "Toy A", "Toys", "Blox", 20),
            new ProductInfo(22, "Toy B", "Toys", "Blox", 25), new ProductInfo(23, "Toy C", "Toys", "Funco", 18),
            new ProductInfo(31, "Lamp", "Home", "Lumo", 40), new ProductInfo(32, "Rug", "Home", "Lumo", 80));
    static final CustomerDirectory DIRECTORY = CustomerDirectory.of(List.of(
            new CustomerHit(1, "Ada Lovelace", "ada@example.com", "United Kingdom"),
            new CustomerHit(2, "Bob Builder", "bob@example.com", "Germany"),
            new CustomerHit(3, "Cleo Ray", "cleo@example.com", "France"),
            new CustomerHit(4, "Dan Brown", "dan@example.com", "France"),
            new CustomerHit(15, "Adam Smith", "adam@example.com", "United Kingdom")));

    private RecommendFixtures() {
    }

    static Recommender recommender() {
        return Recommender.builder(2)
                .products(PRODUCTS)
                .itemFactors(new long[] {11, 12, 13, 21, 22, 23, 31, 32},
                        new float[] {1f, 0.1f, 0.9f, 0f, 0.8f, 0.2f, 0f, 1f, 0.1f, 0.9f, 0.2f, 0.7f, 0.5f, 0.5f, 0.4f, 0.45f})
                .userFactors(new long[] {1, 2, 4, 15}, new float[] {1, 0, 0, 1, 0.7f, 0.7f, 0.9f, 0.2f})
                .bought(new long[] {1, 2, 4, 4}, new long[] {11, 21, 11, 21})
                .popularOverall(new long[] {21, 11, 31}, new double[] {0.4, 0.35, 0.25})
                .popularInCountry("France", new long[] {22, 12}, new double[] {0.6, 0.4})
                .directory(DIRECTORY)
                .build();
    }

    static RankingScores scores(double precision, OptionalDouble rmse) {
        return new RankingScores(precision, precision * 1.5, precision * 0.8, precision * 1.2, 0.3 + precision, 4 + precision * 10, rmse);
    }

    static RecommendEvaluation evaluation(double als, double popular) {
        return new RecommendEvaluation(10, 120_000, 8_000, 2_500, 140, List.of(
                new ModelScores(ModelRole.ALS, scores(als, OptionalDouble.empty())),
                new ModelScores(ModelRole.POPULAR, scores(popular, OptionalDouble.empty())),
                new ModelScores(ModelRole.RANDOM, scores(0.004, OptionalDouble.empty()))));
    }

    static RecommendResult result(RecommendRequest request, boolean reloaded) {
        return new RecommendResult(KEY, request, evaluation(0.12, 0.05), 4, 8, 3_100, Instant.parse("2026-11-30T14:05:00Z"), reloaded,
                Optional.empty());
    }

    static RecommendModel model(RecommendRequest request, boolean reloaded) {
        return new RecommendModel(result(request, reloaded), recommender());
    }

    static RecommendOpening opening(Optional<RecommendModel> saved) {
        return new RecommendOpening(KEY, Set.of(RatingSource.EXPLICIT_REVIEWS, RatingSource.IMPLICIT_EVENTS), DIRECTORY, saved,
                Optional.empty());
    }

    static CustomerCard card(long customerId) {
        CustomerHit hit = DIRECTORY.byId(customerId).orElseThrow();
        List<HistoryLine> history = customerId == 1
                ? List.of(new HistoryLine(PRODUCTS.get(0), LocalDate.of(2026, 3, 2), 1, OptionalInt.of(5)))
                : customerId == 4 ? List.of(new HistoryLine(PRODUCTS.get(3), LocalDate.of(2026, 5, 1), 2, OptionalInt.empty()),
                        new HistoryLine(PRODUCTS.get(0), LocalDate.of(2026, 4, 1), 1, OptionalInt.of(4)))
                : List.of();
        return new CustomerCard(hit, "Somewhere", LocalDate.of(2024, 1, 15), "gold", Optional.empty(),
                "Train a segmentation model (Segments tab) to see this customer's segment", history.size(), 42.5 * history.size(),
                history, history.size());
    }

    static GridCell cell(int rank, double regParam, double ndcg) {
        return new GridCell(rank, regParam, new RankingScores(ndcg / 2, ndcg / 2, ndcg / 3, ndcg, 0.4, 5, OptionalDouble.empty()), 900);
    }
}
