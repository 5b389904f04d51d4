package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.EngineThreads;
import io.sparkworkbench.engine.sql.DataFiles;
import io.sparkworkbench.engine.sql.DatasetCatalog;
import io.sparkworkbench.engine.sql.DatasetInfo;
import io.sparkworkbench.engine.sql.DatasetManifest;
import io.sparkworkbench.engine.sql.TableSummary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the requested tables, each with one Spark job, several at a time (small tables are latency
 * bound, so concurrent jobs keep both cores busy). Row counts come from an {@link Observation} on the
 * write itself, not from a second counting job.
 */
final class EcommerceGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(EcommerceGenerator.class);
    private static final long ROWS_PER_PARTITION = 250_000;
    private static final int CONCURRENT_WRITES = 3;

    private final EngineContext context;
    private final ProgressBoard board;

    EcommerceGenerator(EngineContext context, ProgressBoard board) {
        this.context = context;
        this.board = board;
    }

    GenerationResult run(GenerationRequest request) throws Exception {
        long start = System.nanoTime();
        GeneratorModel model = new GeneratorModel(request.scale(), request.seed());
        Map<EcommerceTable, Long> rows = new EnumMap<>(EcommerceTable.class);
        Map<EcommerceTable, Double> seconds = new EnumMap<>(EcommerceTable.class);
        Map<String, DatasetManifest.TableEntry> manifestTables = new LinkedHashMap<>();
        try (StagedOutput output = new StagedOutput(request.outputFolder())) {
            Map<EcommerceTable, Dataset<Row>> frames = frames(model, request);
            ExecutorService pool = EngineThreads.newPool("datagen", CONCURRENT_WRITES);
            try {
                Map<EcommerceTable, Future<Long>> writes = new EnumMap<>(EcommerceTable.class);
                frames.forEach((table, df) -> writes.put(table, pool.submit(() -> write(table, df, output, request, seconds))));
                for (Map.Entry<EcommerceTable, Future<Long>> w : writes.entrySet()) {
                    rows.put(w.getKey(), await(w.getValue()));
                    manifestTables.put(w.getKey().sqlName(),
                            new DatasetManifest.TableEntry(rows.get(w.getKey()), frames.get(w.getKey()).schema().toDDL()));
                }
            } catch (Exception e) {
                board.endUnfinished(context.isCancelRequested() ? TableProgress.Phase.CANCELLED : TableProgress.Phase.FAILED);
                throw e;
            } finally {
                pool.shutdownNow();
            }
            context.checkCancelled();
            output.commit(manifestTables.keySet());
            output.writeFile(DatasetManifest.FILE_NAME, new DatasetManifest(request.format().sparkName(),
                    DataGenService.formatScale(request.scale()), Long.toString(request.seed()), manifestTables).toText());
        }
        DatasetInfo registered = DatasetCatalog.register(context, request.outputFolder());
        List<TableSummary> summaries = new ArrayList<>();
        for (EcommerceTable table : rows.keySet()) {
            DataFiles files = DataFiles.of(registered.folder().resolve(table.sqlName()));
            summaries.add(new TableSummary(table.sqlName(), rows.get(table), files.count(), files.bytes(), seconds.get(table)));
        }
        double total = (System.nanoTime() - start) / 1e9;
        LOG.info("Generated {} tables at scale {} in {} s", summaries.size(), request.scale(), String.format("%.2f", total));
        return new GenerationResult(registered.folder(), summaries, total);
    }

    private Map<EcommerceTable, Dataset<Row>> frames(GeneratorModel model, GenerationRequest request) {
        var spark = context.spark();
        TableSizes sizes = model.sizes;
        Map<EcommerceTable, Dataset<Row>> frames = new LinkedHashMap<>();
        OrdersTables orders = new OrdersTables(model, partitions(sizes.orders()));
        Dataset<Row> orderBase = null;
        Dataset<Row> lines = null;
        // Largest first, so the longest write starts earliest.
        for (EcommerceTable table : List.of(EcommerceTable.ORDER_ITEMS, EcommerceTable.ORDERS, EcommerceTable.SOCIAL_EDGES,
                EcommerceTable.CLICKSTREAM, EcommerceTable.CUSTOMERS, EcommerceTable.REVIEWS, EcommerceTable.PRODUCTS)) {
            if (!request.tables().contains(table)) {
                continue;
            }
            if (orderBase == null && (table == EcommerceTable.ORDERS || table == EcommerceTable.ORDER_ITEMS
                    || table == EcommerceTable.REVIEWS)) {
                orderBase = orders.base(spark);
                lines = orders.lines(orderBase);
            }
            frames.put(table, switch (table) {
                case CUSTOMERS -> CustomersTable.build(spark, model, partitions(sizes.customers()));
                case PRODUCTS -> ProductsTable.build(spark, model, partitions(sizes.products()));
                case ORDERS -> orders.orders(lines);
                case ORDER_ITEMS -> OrdersTables.orderItems(lines);
                case REVIEWS -> orders.reviews(lines);
                case CLICKSTREAM -> ClickstreamTable.build(spark, model, partitions(sizes.clickstream()));
                case SOCIAL_EDGES -> SocialEdgesTable.build(spark, model, partitions(sizes.customers() * 5));
            });
        }
        return frames;
    }

    private long write(EcommerceTable table, Dataset<Row> df, StagedOutput output, GenerationRequest request,
                       Map<EcommerceTable, Double> seconds) throws InterruptedException {
        context.checkCancelled();
        context.tagCurrentThread();
        try {
            board.writing(table);
            long t0 = System.nanoTime();
            Observation observation = new Observation("rows-" + table.sqlName() + "-" + UUID.randomUUID());
            var writer = df.observe(observation, count(lit(1)).as("rows")).write().mode(SaveMode.ErrorIfExists)
                    .format(request.format().sparkName());
            if (request.format() == DataFormat.CSV) {
                writer = writer.option("header", "true");
            }
            writer.save(output.stagingFor(table.sqlName()).toString());
            long rows = ((Number) observation.getAsJava().get("rows")).longValue();
            double took = (System.nanoTime() - t0) / 1e9;
            synchronized (seconds) {
                seconds.put(table, took);
            }
            board.done(table, rows, took);
            return rows;
        } finally {
            context.untagCurrentThread();
        }
    }

    static int partitions(long rows) {
        return (int) Math.max(1, (rows + ROWS_PER_PARTITION - 1) / ROWS_PER_PARTITION);
    }

    private static long await(Future<Long> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
