package io.sparkworkbench.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClusterSpecTest {

    @Test
    void memoryIsReadInSparksNotation() {
        assertThat(new ClusterSpec(2, 1, "1g", false).memoryMbPerWorker()).isEqualTo(1024);
        assertThat(new ClusterSpec(1, 2, "1536M", false).memoryPerWorker()).isEqualTo("1536m");
    }

    @Test
    void badShapesAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> new ClusterSpec(0, 1, "1g", false)).hasMessageContaining("--workers").hasMessageContaining("not 0");
        assertThatThrownBy(() -> new ClusterSpec(1, 0, "1g", false)).hasMessageContaining("--cores");
        assertThatThrownBy(() -> new ClusterSpec(1, 1, "lots", false)).hasMessageContaining("--memory").hasMessageContaining("'lots'");
        assertThatThrownBy(() -> new ClusterSpec(1, 1, "512m", false)).hasMessageContaining("at least 1g");
    }
}
