package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.pipeline.PipelineRequest;
import io.sparkworkbench.engine.pipeline.PipelineService;
import io.sparkworkbench.engine.pipeline.PipelineSnapshot;
import io.sparkworkbench.engine.pipeline.StepProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/**
 * The end-to-end pipeline on the small generated data set (the generate case's, so it analyses rather than
 * generates): every step's state and rows, the KPI totals and the segment sizes it wrote, and a second run that
 * skips every step, the same on the cluster as locally. Its steps' Parquet writes run on the executors.
 */
final class PipelineChecks implements ClusterCase {

    @Override
    public String name() {
        return "pipeline";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) throws Exception {
        Path data = scratch.resolveSibling("generate").resolve("generated");
        if (!Files.isDirectory(data) || GenerationDigests.SCALE != 0.1) {
            data = scratch.resolve("data");
            new DataGenService(engine).generate(GenerationRequest.allTables(0.1, 42, data, DataFormat.PARQUET))
                    .task().future().get(5, TimeUnit.MINUTES);
        }
        PipelineService pipeline = new PipelineService(engine);
        try {
            PipelineRequest request = PipelineRequest.existing(data, scratch.resolve("out"));
            PipelineSnapshot first = pipeline.start(request).future().get(10, TimeUnit.MINUTES);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("run", first.state() + (first.message().isEmpty() ? "" : " " + first.message()));
            for (StepProgress step : first.steps()) {
                values.put(step.step().id() + " state, rows", step.state() + ", " + step.rows());
            }
            values.put("daily_kpis orders, revenue", one(engine, "SELECT SUM(orders), CAST(SUM(revenue) AS STRING) FROM daily_kpis"));
            values.put("segment sizes", one(engine, "SELECT CONCAT_WS(',', COLLECT_LIST(CAST(n AS STRING))) FROM"
                    + " (SELECT COUNT(*) AS n FROM customer_segments GROUP BY segment ORDER BY n DESC)"));
            values.put("recommendation rows", one(engine, "SELECT COUNT(*) FROM customer_recommendations"));
            PipelineSnapshot again = pipeline.start(request).future().get(5, TimeUnit.MINUTES);
            values.put("re-run step states", again.steps().stream().map(s -> s.step().id() + "=" + s.state())
                    .collect(Collectors.joining(", ")));
            return values;
        } finally {
            pipeline.close();
        }
    }

    private static String one(SparkEngine engine, String sql) throws Exception {
        return engine.submit("cluster case: " + sql, ctx -> {
            Row row = ctx.spark().sql(sql).first();
            List<String> cells = new java.util.ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.add(String.valueOf(row.get(i)));
            }
            return String.join(", ", cells);
        }).future().get(2, TimeUnit.MINUTES);
    }
}
