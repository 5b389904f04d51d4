package io.sparkworkbench.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.SharedSparkEngine;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The cluster suite's table digest: blind to row order and partitioning, not to a changed value or type. */
class GenerationDigestsTest {

    private final SparkSession spark = SharedSparkEngine.get().awaitSession();

    @Test
    void sameRowsInAnotherOrderAndPartitioningHaveTheSameDigest() {
        Dataset<Row> rows = spark.sql("SELECT id, CAST(id * 1.5 AS DECIMAL(10, 2)) AS amount, concat('c', id) AS name FROM range(1000)");
        Dataset<Row> shuffled = rows.repartition(7).orderBy(org.apache.spark.sql.functions.rand(3));

        assertThat(GenerationDigests.digest(shuffled)).isEqualTo(GenerationDigests.digest(rows));
    }

    @Test
    void oneChangedValueOrTypeChangesTheDigest() {
        Dataset<Row> rows = spark.sql("SELECT id, concat('c', id) AS name FROM range(1000)");
        Dataset<Row> oneChanged = spark.sql("SELECT id, IF(id = 500, 'x', concat('c', id)) AS name FROM range(1000)");
        Dataset<Row> otherType = spark.sql("SELECT CAST(id AS INT) AS id, concat('c', id) AS name FROM range(1000)");

        GenerationDigests.Digest digest = GenerationDigests.digest(rows);
        assertThat(digest.rows()).isEqualTo(1000);
        assertThat(GenerationDigests.digest(oneChanged)).isNotEqualTo(digest);
        assertThat(GenerationDigests.digest(otherType).schema()).isNotEqualTo(digest.schema());
    }
}
