package io.sparkworkbench.ui.common.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphLayoutFileTest {

    @TempDir
    Path dir;

    @Test
    void positionsRoundTripThroughTheFileKeyedByNodeId() throws IOException {
        LayoutPositions saved = new LayoutPositions(new long[]{7, -3, Long.MAX_VALUE},
                new float[]{1.5f, -2.25f, 1e6f}, new float[]{0f, 3.75f, -1e-6f});
        Path file = dir.resolve("layouts/abc123/social.bin");

        GraphLayoutFile.write(file, saved);
        LayoutPositions read = GraphLayoutFile.read(file);

        assertThat(read.ids()).containsExactly(saved.ids());
        assertThat(read.x()).containsExactly(saved.x());
        assertThat(read.y()).containsExactly(saved.y());
        assertThat(Files.size(file)).isEqualTo(12 + 3 * 16 + 4);
    }

    @Test
    void aReopenedGraphGetsThePositionsOfTheNodesItStillHas() {
        GraphData graph = TestGraphs.twoCliques(3); // ids 100..105
        LayoutPositions saved = new LayoutPositions(new long[]{105, 999, 100}, new float[]{5, 6, 7}, new float[]{-5, -6, -7});

        float[][] xy = saved.forGraph(graph);

        assertThat(saved.matching(graph)).isEqualTo(2);
        assertThat(xy[0][5]).isEqualTo(5f);
        assertThat(xy[1][0]).isEqualTo(-7f);
        assertThat(xy[0][1]).isNaN();
    }

    @Test
    void aTruncatedFileIsRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("cut.bin");
        byte[] whole = GraphLayoutFile.encode(new LayoutPositions(new long[]{1, 2}, new float[]{1, 2}, new float[]{3, 4}));
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 5));

        assertThatThrownBy(() -> GraphLayoutFile.read(file)).isInstanceOf(IOException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("damaged").hasMessageContaining("2 nodes");
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws IOException {
        Path file = dir.resolve("flipped.bin");
        byte[] bytes = GraphLayoutFile.encode(new LayoutPositions(new long[]{1}, new float[]{1}, new float[]{3}));
        bytes[14] ^= 0x10;
        Files.write(file, bytes);

        assertThatThrownBy(() -> GraphLayoutFile.read(file)).hasMessageContaining("checksum");
    }

    @Test
    void aForeignFileIsRefused() throws IOException {
        Path file = dir.resolve("notes.bin");
        Files.writeString(file, "this is not a layout at all");

        assertThatThrownBy(() -> GraphLayoutFile.read(file)).hasMessageContaining("is not a graph layout file");
    }
}
