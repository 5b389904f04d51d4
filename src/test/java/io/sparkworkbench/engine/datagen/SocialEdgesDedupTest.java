package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** social_edges is a simple directed graph: each (src, dst) pair at most once, no self-loops. */
class SocialEdgesDedupTest {

    @Test
    void noDuplicatePairsAndNoSelfLoops() {
        GeneratorModel model = new GeneratorModel(0.2, 42);
        Dataset<Row> edges = SocialEdgesTable.build(DataGenTestSupport.spark(), model, 2).cache();
        try {
            long total = edges.count();
            assertThat(total).isGreaterThan(5_000);
            assertThat(edges.select("src_customer_id", "dst_customer_id").distinct().count()).isEqualTo(total);
            assertThat(edges.where("src_customer_id = dst_customer_id").count()).isZero();
            assertThat(edges.where("dst_customer_id IS NULL OR relation IS NULL OR since IS NULL").count()).isZero();
        } finally {
            edges.unpersist();
        }
    }
}
