package io.sparkworkbench.engine.datagen;

import io.sparkworkbench.testing.StopBounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A stopped or failed run leaves nothing that looks like a finished table. */
class StagedGenerationTest {

    private final DataGenService service = new DataGenService(SharedSparkEngine.get());

    @Test
    void stoppedRunLeavesNoTableAndKeepsTheOldOnes() throws Exception {
        Path folder = GeneratedData.tempFolder("stopped");
        Files.createDirectories(folder.resolve("customers"));
        Files.writeString(folder.resolve("customers/part-old.parquet"), "previous run");
        GenerationRun run = service.generate(new GenerationRequest(20, 1, folder, DataFormat.PARQUET,
                EnumSet.of(EcommerceTable.CUSTOMERS, EcommerceTable.ORDERS, EcommerceTable.ORDER_ITEMS)));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (run.progress().stream().noneMatch(p -> p.phase() == TableProgress.Phase.WRITING) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        long stoppedAt = System.nanoTime();
        run.cancel();
        assertThatThrownBy(() -> run.task().future().join()).isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(StopBounds.STOPPED);
        assertThat(run.progress()).allMatch(p -> p.phase() != TableProgress.Phase.WRITING);
        try (Stream<Path> children = Files.list(folder)) {
            assertThat(children.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .containsExactly("customers");
        }
        awaitStagingRemoved(folder);
        assertThat(Files.readString(folder.resolve("customers/part-old.parquet"))).isEqualTo("previous run");
        assertThat(Files.exists(folder.resolve("orders"))).isFalse();
    }

    /** Writes still being planned when Stop came are cancelled as they start; then staging goes too. */
    private static void awaitStagingRemoved(Path folder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            try (Stream<Path> children = Files.list(folder)) {
                if (children.noneMatch(p -> p.getFileName().toString().startsWith(".staging"))) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("staging folder left behind in " + folder);
            }
            Thread.sleep(100);
        }
    }

    @Test
    void unwritableFolderFailsWithAMessageNamingIt() throws Exception {
        Path file = Files.createTempFile("not-a-folder", ".txt");
        Path target = file.resolve("data");
        GenerationRun run = service.generate(GenerationRequest.allTables(0.01, 1, target, DataFormat.PARQUET));
        assertThatThrownBy(() -> run.task().future().join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(EngineException.class)
                .hasMessageContaining(target.toString());
    }

    @Test
    void csvAndJsonRoundTripThroughTheCatalog() {
        for (DataFormat format : new DataFormat[] {DataFormat.CSV, DataFormat.JSON}) {
            Path folder = GeneratedData.tempFolder(format.sparkName());
            GenerationResult result = service.generate(new GenerationRequest(0.01, 3, folder, format,
                    EnumSet.of(EcommerceTable.PRODUCTS, EcommerceTable.ORDERS))).task().future().join();
            assertThat(result.tables()).extracting(t -> t.table()).containsExactlyInAnyOrder("products", "orders");
            var orders = DataGenTestSupport.spark().table("orders");
            assertThat(orders.count()).isEqualTo(500);
            assertThat(orders.schema().apply("total_amount").dataType().simpleString()).isEqualTo("decimal(12,2)");
        }
    }

    @Test
    void requestsOutsideTheScaleRangeAreRefused() {
        Path folder = Path.of("unused");
        assertThatThrownBy(() -> GenerationRequest.allTables(0.001, 1, folder, DataFormat.PARQUET))
                .hasMessageContaining("between 0.01 and 1000");
        assertThatThrownBy(() -> GenerationRequest.allTables(1001, 1, folder, DataFormat.PARQUET))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
