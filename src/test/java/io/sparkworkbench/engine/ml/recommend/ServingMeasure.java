package io.sparkworkbench.engine.ml.recommend;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.EngineWork;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.testing.GeneratedData;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Not a test: prints the serving figures (build time, heap retained, one customer's recommendations, likely
 * buyers, a card round-trip) for the scales given as arguments, e.g. {@code 1 10}. Run from the test class path
 * with the Spark JVM flags; heap figures are the used heap after a full GC, before and after each structure.
 */
public final class ServingMeasure {

    private static SparkEngine engine;

    public static void main(String[] args) {
        engine = new SparkEngine();
        engine.start(new EngineSettings("local[2]", 4, false, GeneratedData.tempFolder("measure-home"))).join();
        try {
            for (String arg : args) {
                // "1" generates scale 1; "1=/path" reuses a folder generated before at that scale.
                String[] parts = arg.split("=", 2);
                measure(Double.parseDouble(parts[0]), parts.length == 2 ? Path.of(parts[1]) : null);
            }
        } finally {
            engine.close();
        }
    }

    private static void measure(double scale, Path existing) {
        Path folder = existing != null ? existing : GeneratedData.tempFolder("measure-" + scale);
        long t = System.nanoTime();
        if (existing == null) {
            new DataGenService(engine).generate(GenerationRequest.allTables(scale, 42, folder, DataFormat.PARQUET)).task().future().join();
            print(scale, "generate_ms", ms(t));
        }
        run(c -> DatasetCatalog.register(c, folder));
        DatasetKey key = DatasetKey.of(folder);

        long before = usedAfterGc();
        t = System.nanoTime();
        CustomerDirectory directory = run(RecommendServing::directory);
        print(scale, "directory_ms", ms(t));
        print(scale, "directory_customers", directory.size());
        print(scale, "directory_retained_mb (heap used after GC, noisy)", (usedAfterGc() - before) / 1e6);
        print(scale, "directory_deep_size_mb", DeepSize.of(directory) / 1e6);
        // What the directory read holds before packing: one CustomerHit with its own name and email Strings each.
        java.util.List<CustomerHit> hits = java.util.stream.LongStream.rangeClosed(1, directory.size())
                .mapToObj(id -> directory.byId(id).orElseThrow()).toList();
        print(scale, "directory_hits_list_deep_size_mb (transient)", DeepSize.of(hits, (Object[]) hits.stream().map(CustomerHit::country)
                .distinct().toArray()) / 1e6);
        resetPeaks();
        CustomerDirectory again = run(RecommendServing::directory);
        print(scale, "directory_build_peak_heap_mb (incl. garbage)", peakUsed() / 1e6);
        again.size();

        t = System.nanoTime();
        TrainedAls trained = run(c -> SmallAls.fit(c, key, -1, 10, 10));
        print(scale, "als_fit_rank10_iter10_ms (test ALS, not the tab's)", ms(t));
        long pairs = run(c -> c.spark().sql("SELECT count(DISTINCT o.customer_id, i.product_id) FROM order_items i JOIN orders o"
                + " ON o.order_id = i.order_id").first().getLong(0));
        print(scale, "bought_pairs", pairs);

        Recommender recommender = null;
        long[] builds = new long[3];
        for (int i = 0; i < builds.length; i++) {
            recommender = null;
            before = usedAfterGc();
            t = System.nanoTime();
            recommender = run(c -> RecommendServing.recommender(c, trained, directory));
            builds[i] = ms(t);
            if (i == 0) {
                print(scale, "recommender_retained_mb (heap used after GC, noisy)", (usedAfterGc() - before) / 1e6);
                print(scale, "recommender_deep_size_mb (without the directory)", DeepSize.of(recommender, directory) / 1e6);
            }
        }
        print(scale, "recommender_build_ms (3 runs)", Arrays.toString(builds));

        SplittableRandom random = new SplittableRandom(1);
        int customers = directory.size();
        Recommender r = recommender;
        for (int i = 0; i < 2_000; i++) {
            r.recommend(1 + random.nextInt(customers), 10, false);
        }
        print(scale, "recommend_user_ms median of 1000", medianMs(1_000, () -> r.recommend(1 + random.nextInt(customers), 10, false)));
        print(scale, "recommend_user_ms (with bought) median of 1000", medianMs(1_000, () -> r.recommend(1 + random.nextInt(customers), 10, true)));
        long products = trained.result().products();
        for (int i = 0; i < 20; i++) {
            r.likelyBuyers(1 + random.nextInt((int) products), 10);
        }
        print(scale, "likely_buyers_ms median of 100", medianMs(100, () -> r.likelyBuyers(1 + random.nextInt((int) products), 10)));
        print(scale, "similar_ms median of 100", medianMs(100, () -> r.similar(1 + random.nextInt((int) products), 10)));
        for (int i = 0; i < 3; i++) {
            run(c -> RecommendServing.card(c, 1 + random.nextInt(customers), 50));
        }
        print(scale, "load average now", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        print(scale, "card_round_trip_ms median of 10", medianMs(10, () -> run(c -> RecommendServing.card(c, 1 + random.nextInt(customers), 50))));
    }

    private static double medianMs(int n, Runnable action) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            action.run();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        return nanos[n / 2] / 1e6;
    }

    private static <T> T run(EngineWork<T> work) {
        return engine.submit("measure", work).future().join();
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static void print(double scale, String figure, Object value) {
        System.out.println("recserve scale " + scale + " " + figure + " = " + value);
    }
}
