package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.DataFormat;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.GenerationRequest;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.graph.CommunityRequest;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.engine.graph.GraphSource;
import io.sparkworkbench.engine.graph.GraphSummary;
import io.sparkworkbench.engine.graph.PageRankRequest;
import io.sparkworkbench.engine.graph.PageRankResult;
import io.sparkworkbench.engine.graph.RankedNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The graph engine (GraphX on the executors) on the generated social and co-purchase graphs at scale
 * {@value #SCALE}: sizes, the top PageRank nodes and their ranks to 8 places, component, SCC and triangle
 * counts must agree. Label propagation breaks ties by map order, which follows the message order, so its
 * check uses two cliques, whose answer (2 communities) does not depend on ties.
 */
final class GraphChecks implements ClusterCase {

    static final double SCALE = 0.1;

    @Override
    public String name() {
        return "graph";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) throws Exception {
        Path folder = scratch.resolveSibling("generate").resolve("generated");
        if (!Files.isDirectory(folder) || GenerationDigests.SCALE != SCALE) {
            folder = scratch.resolve("generated");
            new DataGenService(engine).generate(GenerationRequest.allTables(SCALE, 42, folder, DataFormat.PARQUET))
                    .task().future().get(5, TimeUnit.MINUTES);
        }
        Path data = folder;
        engine.submit("cluster case: open graph data", ctx -> DatasetCatalog.register(ctx, data)).future().get(2, TimeUnit.MINUTES);
        GraphService graphs = new GraphService(engine);
        Map<String, Object> values = new LinkedHashMap<>();
        GraphSummary social = graphs.open(GraphSource.social()).task().future().get(5, TimeUnit.MINUTES);
        values.put("social nodes, edges", social.nodes() + ", " + social.edges());
        PageRankResult ranks = graphs.pageRank(PageRankRequest.iterations(10)).task().future().get(5, TimeUnit.MINUTES);
        values.put("social PageRank top 5", ranks.top().stream().limit(5)
                .map(n -> n.id() + "=" + round(n.score())).collect(Collectors.joining(", ")));
        values.put("social components", graphs.components().task().future().get(5, TimeUnit.MINUTES).components());
        values.put("social strong components", graphs.strongComponents().task().future().get(5, TimeUnit.MINUTES).components());
        values.put("social triangles", graphs.triangles().task().future().get(5, TimeUnit.MINUTES).triangles());
        GraphSummary products = graphs.open(GraphSource.coPurchase(2)).task().future().get(5, TimeUnit.MINUTES);
        values.put("co-purchase nodes, edges (weight ≥ 2)", products.nodes() + ", " + products.edges());
        values.put("co-purchase top degree", graphs.degrees().task().future().get(5, TimeUnit.MINUTES).top().stream().limit(3)
                .map(RankedNode::id).map(String::valueOf).collect(Collectors.joining(", ")));
        engine.submit("cluster case: cliques", ctx -> {
            ctx.spark().sql("SELECT a.id AS src, b.id AS dst FROM range(1, 7) a JOIN range(1, 7) b ON a.id < b.id"
                    + " UNION ALL SELECT a.id + 10, b.id + 10 FROM range(1, 7) a JOIN range(1, 7) b ON a.id < b.id"
                    + " UNION ALL SELECT 6, 11").createOrReplaceTempView("cluster_cliques");
            return null;
        }).future().get(1, TimeUnit.MINUTES);
        graphs.open(GraphSource.custom("cluster_cliques", "src", "dst", null, false)).task().future().get(5, TimeUnit.MINUTES);
        values.put("two cliques: communities", graphs.communities(CommunityRequest.defaults()).task().future().get(5, TimeUnit.MINUTES)
                .communities());
        graphs.close().future().get(1, TimeUnit.MINUTES);
        return values;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(8, RoundingMode.HALF_EVEN);
    }
}
