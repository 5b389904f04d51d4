package io.sparkworkbench.engine.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.testing.GeneratedData;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The three graph sources on real and hand-made views, and the messages bad views and columns get. */
class GraphSourcesTest {

    private static final double SCALE = 0.1;

    @Test
    void coPurchaseWeightsEqualASqlCountOfOrdersHoldingBothProducts() throws Exception {
        GeneratedData.openShared(SCALE);
        GraphService service = new GraphService(GraphTesting.engine());
        GraphSummary summary = GraphTesting.await(service.open(GraphSource.coPurchase(2)));
        assertThat(summary.directed()).isFalse();
        List<Row> mismatches = GraphTesting.engine().submit("test: co-purchase vs SQL", ctx -> ctx.spark().sql("""
                WITH pairs AS (
                  SELECT a.product_id AS src, b.product_id AS dst, count(DISTINCT a.order_id) AS n
                  FROM order_items a JOIN order_items b ON a.order_id = b.order_id AND a.product_id < b.product_id
                  GROUP BY 1, 2 HAVING count(DISTINCT a.order_id) >= 2)
                SELECT * FROM pairs p FULL OUTER JOIN graph_edges g ON p.src = g.src AND p.dst = g.dst
                WHERE p.n IS NULL OR g.weight IS NULL OR p.n <> g.weight""").collectAsList()).future().join();
        assertThat(mismatches).isEmpty();
        long edges = GraphTesting.engine().submit("test: count", ctx -> ctx.spark().table(GraphViews.EDGES).count()).future().join();
        assertThat(summary.edges()).isEqualTo(edges).isPositive();
        assertThat(summary.notes()).anyMatch(n -> n.contains("at least 2 times"));
        String label = GraphTesting.engine().submit("test: label", ctx -> ctx.spark().sql(
                "SELECT g.label, p.name, p.category FROM graph_nodes g JOIN products p ON p.product_id = g.id LIMIT 1").first()
                .mkString("|")).future().join();
        String[] parts = label.split("\\|");
        assertThat(parts[0]).isEqualTo(parts[1] + " (" + parts[2] + ")");
    }

    @Test
    void socialGraphIsDirectedWithCustomerNamesAndSaysWhetherSegmentsExist() throws Exception {
        GeneratedData.openShared(SCALE);
        GraphService service = new GraphService(GraphTesting.engine());
        GraphSummary summary = GraphTesting.await(service.open(GraphSource.social()));
        long[] expected = GraphTesting.engine().submit("test: social counts", ctx -> {
            Row r = ctx.spark().sql("""
                    SELECT (SELECT count(*) FROM (SELECT DISTINCT src_customer_id, dst_customer_id FROM social_edges
                                                  WHERE src_customer_id <> dst_customer_id)),
                           (SELECT count(*) FROM (SELECT src_customer_id AS id FROM social_edges
                                                  UNION SELECT dst_customer_id FROM social_edges))""").first();
            return new long[] {r.getLong(0), r.getLong(1)};
        }).future().join();
        assertThat(summary.directed()).isTrue();
        assertThat(summary.edges()).isEqualTo(expected[0]);
        assertThat(summary.nodes()).isEqualTo(expected[1]);
        boolean segments = GraphTesting.engine().submit("test: segments?", ctx -> ctx.spark().catalog().tableExists("customer_segments"))
                .future().join();
        assertThat(summary.hasSegments()).isEqualTo(segments);
        if (!segments) {
            assertThat(summary.notes()).anyMatch(n -> n.contains("train a segmentation model"));
        }
        List<GraphNode> hits = service.search("1", 5).future().join();
        assertThat(hits.get(0).id()).isEqualTo(1);
        String name = GraphTesting.engine().submit("test: name", ctx -> ctx.spark().sql("SELECT name FROM customers WHERE customer_id = 1")
                .first().getString(0)).future().join();
        assertThat(hits.get(0).label()).isEqualTo(name);
    }

    @Test
    void textIdsAreMappedToNumbersAndKeepTheirTextAsLabel() throws Exception {
        List<Row> rows = List.of(RowFactory.create("alice", "bob", 2.0), RowFactory.create("bob", "carol", 1.0),
                RowFactory.create("alice", "bob", 3.0), RowFactory.create(null, "carol", 1.0));
        StructType schema = new StructType().add("who", DataTypes.StringType).add("whom", DataTypes.StringType).add("w", DataTypes.DoubleType);
        GraphTesting.engine().submit("test: text view", ctx -> {
            ctx.spark().createDataFrame(rows, schema).createOrReplaceTempView("text_edges");
            return null;
        }).future().join();
        GraphService service = new GraphService(GraphTesting.engine());
        GraphSummary summary = GraphTesting.await(service.open(GraphSource.custom("text_edges", "WHO", "whom", "w", true)));
        assertThat(summary.nodes()).isEqualTo(3);
        assertThat(summary.edges()).isEqualTo(2);
        assertThat(summary.notes()).anyMatch(n -> n.contains("1 rows of text_edges")).anyMatch(n -> n.contains("mapped to numbers"));
        GraphNode alice = service.search("ALI", 5).future().join().get(0);
        assertThat(alice.label()).isEqualTo("alice");
        Neighbours n = service.neighbours(alice.id(), 10).future().join();
        assertThat(n.outgoing()).extracting(GraphNode::label).containsExactly("bob");
        // The two alice → bob rows add up.
        assertThat(n.outgoing().get(0).weight()).isEqualTo(5.0);
    }

    @Test
    void aMissingViewOrColumnOrAWrongTypeIsNamedInTheMessage() {
        GraphTesting.edgeView("ok_edges", new long[][] {{1, 2}});
        GraphService service = new GraphService(GraphTesting.engine());
        assertThat(failure(service, GraphSource.custom("no_such_view", "src", "dst", null, true)))
                .contains("There is no view 'no_such_view'");
        assertThat(failure(service, GraphSource.custom("ok_edges", "src", "target", null, true)))
                .contains("The view 'ok_edges' has no column 'target' for the destination (its columns: src, dst)");
        List<Row> rows = List.of(RowFactory.create(1.5, 2L, "heavy"));
        StructType schema = new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.LongType).add("w", DataTypes.StringType);
        GraphTesting.engine().submit("test: typed view", ctx -> {
            ctx.spark().createDataFrame(rows, schema).createOrReplaceTempView("typed_edges");
            return null;
        }).future().join();
        assertThat(failure(service, GraphSource.custom("typed_edges", "a", "b", null, true)))
                .contains("The source column 'a' of view 'typed_edges' is DOUBLE");
        assertThat(failure(service, GraphSource.custom("typed_edges", "b", "b", "w", true)))
                .contains("The weight column 'w' of view 'typed_edges' is STRING");
        assertThatThrownBy(() -> GraphSource.custom("ok_edges", "", "dst", null, true)).hasMessageContaining("a source column");
        assertThat(service.current()).isEmpty();
    }

    private static String failure(GraphService service, GraphSource source) {
        try {
            GraphTesting.await(service.open(source));
            throw new AssertionError("opening " + source.describe() + " should fail");
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(EngineException.class);
            return e.getCause().getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
