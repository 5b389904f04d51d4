package io.sparkworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KMeansPeerTest {

    @Test
    void wssseIsTheSumOfSquaredDistancesToTheNearestCentre() {
        double[][] rows = {{0, 0}, {1, 0}, {10, 10}, {10, 13}};
        double[][] centres = {{0, 0}, {10, 11}};
        // 0 + 1 from the first centre, 1 + 4 from the second: each row to its nearest centre only.
        assertThat(ScaledVectors.wssse(rows, centres)).isEqualTo(6.0);
    }

    @Test
    void smileLoadsFromBenchLibThroughItsOwnLoaderAndFindsTwoObviousClusters() throws Exception {
        // The build copies smile-core and smile-base to target/bench-lib (process-classes), as it does DuckDB.
        KMeansPeer peer = BenchLib.kMeansPeer(Path.of("target", "bench-lib"));
        assertThat(peer.getClass().getClassLoader()).isNotSameAs(BenchLib.class.getClassLoader());
        assertThat(peer.describe()).startsWith("Smile");
        double[][] rows = new double[200][];
        for (int i = 0; i < rows.length; i++) {
            double base = i < 100 ? 0 : 50;
            rows[i] = new double[] {base + (i % 10) * 0.1, base - (i % 7) * 0.1};
        }
        KMeansPeer.Fit fit = peer.fit(rows, 2, 40, 42);
        assertThat(fit.centroids()).hasNumberOfRows(2);
        // Distortion is the sum of squared distances, the same quantity as MLlib's WSSSE.
        assertThat(fit.distortion()).isCloseTo(ScaledVectors.wssse(rows, fit.centroids()), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(fit.distortion()).isLessThan(200);
    }

    @Test
    void aBenchLibWithoutSmileSaysWhatIsMissingAndWhere(@TempDir Path empty) throws Exception {
        Files.createFile(empty.resolve("duckdb_jdbc-1.4.2.0.jar"));
        assertThatThrownBy(() -> BenchLib.kMeansPeer(empty)).isInstanceOf(ClassNotFoundException.class)
                .hasMessageContaining("smile-core and smile-base").hasMessageContaining(empty.toString());
    }
}
