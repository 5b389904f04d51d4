package io.sparkworkbench.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSecretTest {

    @TempDir
    Path dir;

    @Test
    void theSecretIsRandomAndReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("config/cluster.secret");
        String first = ClusterSecret.create(file);
        String second = ClusterSecret.create(file);

        assertThat(second).hasSize(64).isNotEqualTo(first);
        assertThat(Files.readString(file)).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var siblings = Files.list(file.getParent())) {
            assertThat(siblings).containsExactly(file);
        }
    }

    @Test
    void onlyTheRecordedAuthenticatedLocalMasterGetsTheSecret() {
        ClusterLayout layout = new ClusterLayout(dir.resolve("data/cluster"), dir.resolve("logs/cluster"), dir.resolve("config/cluster.secret"));
        String secret = ClusterSecret.create(layout.secretFile());
        state("spark://127.0.0.1:7077", true).write(layout.stateFile());

        assertThat(ClusterSecret.forMaster("spark://127.0.0.1:7077", layout)).contains(secret);
        assertThat(ClusterSecret.forMaster("spark://127.0.0.1:7078", layout)).isEmpty();
        assertThat(ClusterSecret.forMaster("local[*]", layout)).isEmpty();

        state("spark://127.0.0.1:7077", false).write(layout.stateFile());
        assertThat(ClusterSecret.forMaster("spark://127.0.0.1:7077", layout)).isEmpty();
    }

    private ClusterState state(String url, boolean authenticate) {
        Daemon master = new Daemon("master", 1, -1, 7077, 8080, dir.resolve("master.log"));
        Daemon worker = new Daemon("worker-1", 2, -1, 40001, 40002, dir.resolve("worker-1.log"));
        return new ClusterState(url, master, List.of(worker), new ClusterSpec(1, 1, "1g", authenticate), Instant.now(), dir, dir);
    }
}
