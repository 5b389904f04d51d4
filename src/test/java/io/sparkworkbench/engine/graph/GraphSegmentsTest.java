package io.sparkworkbench.engine.graph;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.sparkworkbench.engine.datagen.CustomerLayout;
import io.sparkworkbench.engine.datagen.CustomerSegment;
import io.sparkworkbench.engine.datagen.TableSizes;
import io.sparkworkbench.testing.GeneratedData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The social graph's customer segments: homophily measured exactly on a hand-made graph and within bounds on generated
 * data, and segments registered after the opening attached to the open graph without opening it again.
 */
class GraphSegmentsTest {

    private static final Logger LOG = LoggerFactory.getLogger(GraphSegmentsTest.class);

    /** A 5-cycle 1 → 2 → 3 → 4 → 5 → 1, and 6 linked 1 → 6 → 4. */
    private static final long[][] EDGES = {{1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 1}, {1, 6}, {6, 4}};

    @AfterEach
    void dropHandMadeViews() {
        GraphTesting.engine().submit("test: drop views", ctx -> {
            for (String v : List.of("social_edges", "customers", "customer_segments")) {
                ctx.spark().catalog().dropTempView(v);
            }
            return null;
        }).future().join();
    }

    @Test
    void homophilyIsTheShareOfEdgesWithinASegmentAgainstTheSumOfSquaredShares() throws Exception {
        socialViews();
        // 1, 2, 3 in A; 4, 5 in B; 6 has none.
        segments(new long[] {1, 2, 3, 4, 5}, new int[] {0, 0, 0, 1, 1}, "A", "B");
        GraphService service = new GraphService(GraphTesting.engine());
        GraphSummary summary = GraphTesting.await(service.open(GraphSource.social()));
        assertThat(summary.hasSegments()).isTrue();
        Homophily h = summary.homophily().orElseThrow();
        // Edges with both ends segmented: 1→2, 2→3, 3→4, 4→5, 5→1; within one segment: 1→2, 2→3, 4→5.
        assertThat(h.edges()).isEqualTo(5);
        assertThat(h.sameSegmentShare()).isEqualTo(3 / 5.0);
        // Nodes with a segment: 3 of 5 in A, 2 of 5 in B.
        assertThat(h.nodes()).isEqualTo(5);
        assertThat(h.segments()).isEqualTo(2);
        assertThat(h.randomPairShare()).isCloseTo(0.6 * 0.6 + 0.4 * 0.4, within(1e-12));
        assertThat(h.ratioVsRandom()).isCloseTo(0.6 / 0.52, within(1e-12));
        assertThat(service.segmentsChanged().future().join()).as("the same view read again").isFalse();
    }

    @Test
    void segmentsRegisteredAfterTheOpeningAreAttachedWithoutLosingResults() throws Exception {
        socialViews();
        GraphService service = new GraphService(GraphTesting.engine());
        GraphSummary opened = GraphTesting.await(service.open(GraphSource.social()));
        assertThat(opened.hasSegments()).isFalse();
        assertThat(opened.homophily()).isEmpty();
        assertThat(opened.notes()).contains(CustomerSegments.NONE_NOTE);
        GraphTesting.await(service.pageRank(PageRankRequest.iterations(10)));
        NodeAttributes before = service.nodeAttributes(NodeFilter.all()).future().join();
        assertThat(before.segmentNames()).isEmpty();
        assertThat(Arrays.stream(before.segment()).allMatch(s -> s == -1)).isTrue();

        // The Segments tab trains: 1, 2 in C; 3 to 6 in D.
        segments(new long[] {1, 2, 3, 4, 5, 6}, new int[] {0, 0, 1, 1, 1, 1}, "C", "D");
        assertThat(service.segmentsChanged().future().join()).isTrue();
        GraphSummary refreshed = service.refreshSegments().future().join();
        assertThat(refreshed.hasSegments()).isTrue();
        assertThat(refreshed.notes()).doesNotContain(CustomerSegments.NONE_NOTE);
        // Within one segment: 1→2, 3→4, 4→5, 6→4 of 7; at random (2/6)² + (4/6)² = 5/9.
        Homophily h = refreshed.homophily().orElseThrow();
        assertThat(h.sameSegmentShare()).isEqualTo(4 / 7.0);
        assertThat(h.randomPairShare()).isCloseTo(5 / 9.0, within(1e-12));
        assertThat(service.segmentsChanged().future().join()).isFalse();
        NodeAttributes after = service.nodeAttributes(NodeFilter.all()).future().join();
        assertThat(after.segmentNames()).containsExactly("C", "D");
        assertThat(after.segment()[indexOf(after.ids(), 6)]).isEqualTo(1);
        assertThat(after.segment()[indexOf(after.ids(), 1)]).isEqualTo(0);
        // PageRank survives, as a result and as a view over the new nodes.
        assertThat(after.rank()).containsExactly(before.rank());
        long ranked = GraphTesting.engine().submit("test: pagerank view", ctx -> ctx.spark().table(GraphViews.PAGERANK)
                .where(col("label").isNotNull()).count()).future().join();
        assertThat(ranked).isEqualTo(6);
        assertThat(GraphTesting.column(GraphViews.NODES, "segment_name")).containsEntry(6L, "D");

        // A rename re-registers the view: its plan changes, so it is attached again.
        segments(new long[] {1, 2, 3, 4, 5, 6}, new int[] {0, 0, 1, 1, 1, 1}, "C", "Dormant");
        assertThat(service.segmentsChanged().future().join()).isTrue();
        service.refreshSegments().future().join();
        assertThat(service.nodeAttributes(NodeFilter.all()).future().join().segmentNames()).containsExactly("C", "Dormant");

        // Dropped (another data set opened, say): the graph has no segments any more, and says so.
        GraphTesting.engine().submit("test: drop segments", ctx -> ctx.spark().catalog().dropTempView("customer_segments")).future().join();
        assertThat(service.segmentsChanged().future().join()).isTrue();
        GraphSummary gone = service.refreshSegments().future().join();
        assertThat(gone.hasSegments()).isFalse();
        assertThat(gone.homophily()).isEmpty();
        assertThat(gone.notes()).contains(CustomerSegments.NONE_NOTE);
        assertThat(service.nodeAttributes(NodeFilter.all()).future().join().segmentNames()).isEmpty();
    }

    @Test
    void generatedFriendsShareASegmentFarMoreOftenThanRandomPairs() throws Exception {
        double scale = 0.2;
        GeneratedData.openShared(scale);
        long customers = TableSizes.of(scale).customers();
        CustomerLayout layout = CustomerLayout.of(customers, GeneratedData.SEED);
        GraphTesting.engine().submit("test: planted segments", ctx -> {
            Column[] names = Arrays.stream(CustomerSegment.values()).map(s -> org.apache.spark.sql.functions.lit(s.label()))
                    .toArray(Column[]::new);
            ctx.spark().table("customers").select(col("customer_id"), layout.segmentOfId(col("customer_id")).cast("int").as("segment"))
                    .withColumn("name", org.apache.spark.sql.functions.element_at(org.apache.spark.sql.functions.array(names),
                            col("segment").plus(1)))
                    .createOrReplaceTempView("customer_segments");
            return null;
        }).future().join();
        GraphService service = new GraphService(GraphTesting.engine());
        Homophily h = GraphTesting.await(service.open(GraphSource.social())).homophily().orElseThrow();
        LOG.info("scale {}: friends share a segment {} of the time, random pairs {} ({}x) over {} edges", scale, h.sameSegmentShare(),
                h.randomPairShare(), h.ratioVsRandom(), h.edges());
        double planted = Arrays.stream(CustomerSegment.values()).mapToDouble(s -> s.share() * s.share()).sum();
        assertThat(h.segments()).isEqualTo(CustomerSegment.values().length);
        assertThat(h.randomPairShare()).as("Σ share² of the planted segments").isCloseTo(planted, within(0.02));
        assertThat(h.sameSegmentShare()).as("friends alike in segment").isGreaterThan(2.5 * h.randomPairShare());
        assertThat(h.sameSegmentShare()).as("communities mix segments").isLessThan(0.85);
        service.close().future().join();
    }

    private static void socialViews() {
        List<Row> edges = new ArrayList<>();
        for (long[] e : EDGES) {
            edges.add(RowFactory.create(e[0], e[1]));
        }
        List<Row> customers = new ArrayList<>();
        for (long id = 1; id <= 6; id++) {
            customers.add(RowFactory.create(id, "customer " + id));
        }
        GraphTesting.engine().submit("test: social views", ctx -> {
            ctx.spark().catalog().dropTempView("customer_segments");
            ctx.spark().createDataFrame(edges, new StructType().add("src_customer_id", DataTypes.LongType)
                    .add("dst_customer_id", DataTypes.LongType)).createOrReplaceTempView("social_edges");
            ctx.spark().createDataFrame(customers, new StructType().add("customer_id", DataTypes.LongType)
                    .add("name", DataTypes.StringType)).createOrReplaceTempView("customers");
            return null;
        }).future().join();
    }

    private static void segments(long[] ids, int[] segment, String... names) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            rows.add(RowFactory.create(ids[i], segment[i], names[segment[i]]));
        }
        StructType schema = new StructType().add("customer_id", DataTypes.LongType).add("segment", DataTypes.IntegerType)
                .add("name", DataTypes.StringType);
        GraphTesting.engine().submit("test: customer_segments", ctx -> {
            ctx.spark().createDataFrame(rows, schema).createOrReplaceTempView("customer_segments");
            return null;
        }).future().join();
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        throw new AssertionError(id + " not among " + Arrays.toString(ids));
    }
}
