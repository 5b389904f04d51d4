package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A commit that fails half way puts every replaced table back instead of losing it. */
class StagedOutputCommitTest {

    @TempDir
    Path folder;

    @Test
    void failedMoveRollsBackTheTablesAlreadyReplaced() throws IOException {
        for (String table : List.of("customers", "orders")) {
            Files.createDirectories(folder.resolve(table));
            Files.writeString(folder.resolve(table).resolve("part-0"), "old " + table);
        }
        // Moving the new orders into place fails; customers was already replaced by then.
        StagedOutput.Mover failOnNewOrders = (from, to) -> {
            if (to.equals(folder.resolve("orders")) && from.toString().contains(".staging-")) {
                throw new IOException("disk full");
            }
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        };
        try (StagedOutput output = new StagedOutput(folder, failOnNewOrders)) {
            for (String table : List.of("customers", "orders")) {
                Files.createDirectories(output.stagingFor(table));
                Files.writeString(output.stagingFor(table).resolve("part-0"), "new " + table);
            }
            assertThatThrownBy(() -> output.commit(List.of("customers", "orders")))
                    .isInstanceOf(EngineException.class)
                    .hasMessageContaining(folder.toString())
                    .hasMessageContaining("disk full");
            assertThat(output.committed()).isFalse();
        }
        assertThat(Files.readString(folder.resolve("customers/part-0"))).isEqualTo("old customers");
        assertThat(Files.readString(folder.resolve("orders/part-0"))).isEqualTo("old orders");
        try (Stream<Path> children = Files.list(folder)) {
            assertThat(children.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("customers", "orders");
        }
    }

    @Test
    void successfulCommitReplacesOldTablesAndLeavesNoTrash() throws IOException {
        Files.createDirectories(folder.resolve("customers"));
        Files.writeString(folder.resolve("customers/part-0"), "old");
        try (StagedOutput output = new StagedOutput(folder)) {
            Files.createDirectories(output.stagingFor("customers"));
            Files.writeString(output.stagingFor("customers").resolve("part-0"), "new");
            output.commit(List.of("customers"));
            assertThat(output.committed()).isTrue();
        }
        assertThat(Files.readString(folder.resolve("customers/part-0"))).isEqualTo("new");
        try (Stream<Path> children = Files.list(folder)) {
            assertThat(children.map(p -> p.getFileName().toString())).containsExactly("customers");
        }
    }
}
