package io.sparkworkbench.app.bench;

import io.sparkworkbench.engine.FileTrees;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.recommend.CustomerDirectory;
import io.sparkworkbench.engine.ml.recommend.ModelRole;
import io.sparkworkbench.engine.ml.recommend.RankingScores;
import io.sparkworkbench.engine.ml.recommend.RecommendEvaluation;
import io.sparkworkbench.engine.ml.recommend.RecommendModel;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendResult;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import io.sparkworkbench.engine.ml.recommend.Recommender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recommender with the form's defaults (implicit ratings, rank 10, 10 iterations, the last 60 days held
 * out): at scale 1 the ALS fit alone, warm (median of 5 after 2 warm-ups), the model's precision@10 and NDCG@10,
 * its ratio to the popularity baseline, its catalogue coverage, one customer's top-10 from the in-memory
 * recommender as the browser asks for it, and the time to register every customer's top-10 (counted); the fit alone at scales 10 and 100 (not with {@code --quick}) shows how its cost grows.
 */
final class AlsBenchmark {

    private static final int WARMUPS = 2;
    private static final int RUNS = 5;
    private static final long SEED = 42;

    private final SparkEngine engine;
    private final Figures figures;
    private final RecommendService service;

    AlsBenchmark(SparkEngine engine, Figures figures) {
        this.engine = engine;
        this.figures = figures;
        this.service = new RecommendService(engine);
    }

    void run(boolean quick) throws Exception {
        Path root = Files.createTempDirectory("spark-workbench-bench-als");
        List<DatasetKey> keys = new ArrayList<>();
        try {
            RecommendRequest request = RecommendRequest.defaults();
            figures.note("als: " + request.source().label() + ", rank " + request.rank() + ", " + request.maxIterations()
                    + " iterations, regParam " + request.regParam() + ", alpha " + request.alpha() + ", " + request.split().label()
                    + " (" + request.holdoutDays() + " days), k " + request.k());
            keys.add(open(root.resolve("scale1"), 1));
            scale1(keys.get(0), request);
            if (quick) {
                figures.note("--quick: no scale-10 and scale-100 ALS fits");
            } else {
                for (int scale : new int[] {10, 100}) {
                    Path folder = root.resolve("scale" + scale);
                    open(folder, scale);
                    figures.print("ml.als.scale" + scale + ".fit_ms", service.fitMillis(request).future().join(), "ms");
                    GenerateBenchmark.delete(folder);
                }
            }
        } finally {
            GenerateBenchmark.delete(root);
            for (DatasetKey key : keys) {
                // The saved model belongs to a data set that no longer exists: leave nothing in the user's data folder.
                FileTrees.deleteQuietly(key.modelFolder(engine.settings().dataFolder(), RecommendService.MODEL_NAME).getParent());
            }
        }
    }

    private void scale1(DatasetKey key, RecommendRequest request) {
        for (int i = 0; i < WARMUPS; i++) {
            service.fitMillis(request).future().join();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = service.fitMillis(request).future().join();
        }
        figures.print("ml.als.scale1.fit_ms", Math.round(Figures.median(ms)), "ms");

        // The tab's path: open (directory, sources), then train, which also builds the in-memory recommender.
        CustomerDirectory directory = service.open(key.folder()).future().join().directory();
        RecommendModel model = service.train(key, request).future().join();
        RecommendResult result = model.result();
        RecommendEvaluation e = result.evaluation();
        RankingScores als = e.scores(ModelRole.ALS);
        figures.print("ml.als.precision_at_10", als.precision(), "share");
        figures.print("ml.als.precision_at_10.ratio_vs_popular", e.precisionRatioVsPopular(), "x");
        figures.print("ml.als.ndcg_at_10", als.ndcg(), "");
        figures.print("ml.als.coverage", als.coverage(), "share");
        figures.note("als: popular precision@10 " + e.scores(ModelRole.POPULAR).precision() + ", random "
                + e.scores(ModelRole.RANDOM).precision() + "; " + e.evaluatedCustomers() + " customers evaluated, " + e.coldCustomers()
                + " cold left out; " + e.trainRatings() + " training ratings; fit in the whole training " + result.fitMillis() + " ms");

        recommendUser(model.recommender(), directory);

        long t0 = System.nanoTime();
        long rows = service.registerAll(10).future().join();
        figures.print("ml.als.recommend_all_ms", Math.round((System.nanoTime() - t0) / 1e6), "ms");
        figures.note("als: customer_recommendations holds " + rows + " rows");
    }

    /** One customer's top-10 as the browser asks for it, served from memory: median over 1,000 customers drawn with a fixed seed. */
    private void recommendUser(Recommender recommender, CustomerDirectory directory) {
        java.util.Random random = new java.util.Random(SEED);
        int customers = directory.size();
        double[] micros = new double[1_000];
        long blackhole = 0;
        for (int warm = 0; warm < 200; warm++) {
            blackhole += recommender.recommend(1 + random.nextInt(customers), 10, false).items().size();
        }
        for (int i = 0; i < micros.length; i++) {
            long id = 1 + random.nextInt(customers);
            long t0 = System.nanoTime();
            blackhole += recommender.recommend(id, 10, false).items().size();
            micros[i] = (System.nanoTime() - t0) / 1e3;
        }
        figures.print("ml.als.recommend_user_ms", Figures.median(micros) / 1e3, "ms");
        figures.note("als: " + blackhole + " recommendations served in the recommend_user run (customer ids 1.." + customers + ")");
    }

    private DatasetKey open(Path folder, double scale) {
        new DataGenService(engine).generate(GenerationRequest.allTables(scale, SEED, folder, DataFormat.PARQUET)).task().future().join();
        new DatasetCatalog(engine).open(folder).future().join();
        return DatasetKey.of(folder);
    }
}
