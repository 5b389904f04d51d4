package io.sparkworkbench.ui.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GridViewModelTest {

    private final FakeBackend backend = new FakeBackend();
    private final RecommendViewModel model = new RecommendViewModel(backend, new DirectTaskRunner());
    private final GridViewModel grid = new GridViewModel(backend, model, new DirectTaskRunner());

    private void open() {
        model.shown();
        model.datasetOpened(Path.of("/data/shop"));
    }

    @Test
    void theListsAreReadAsTypedAndBadEntriesAreNamed() {
        assertThat(GridViewModel.parse("Ranks", " 5, 10 ,20;10 ", Integer::parseInt)).containsExactly(5, 10, 20);
        assertThatThrownBy(() -> GridViewModel.parse("Ranks", "5, ten", Integer::parseInt))
                .hasMessage("Ranks: 'ten' is not a whole number");
        assertThatThrownBy(() -> GridViewModel.parse("regParams", " , ", Double::parseDouble))
                .hasMessage("regParams: list at least one value, e.g. 0.01, 0.1, 1");

        open();
        grid.ranksProperty().set("5, 500");
        grid.run();
        assertThat(grid.action().statusProperty().get()).isEqualTo("Rank must be between 1 and 200, not 500");
        grid.ranksProperty().set("1 2 3 4 5 6 7");
        grid.regParamsProperty().set("0.1 0.2 0.3 0.4 0.5 0.6");
        grid.run();
        assertThat(grid.action().statusProperty().get()).isEqualTo("A grid needs 1 to 36 cells, not 7 ranks × 6 regParams");
        assertThat(grid.action().runningProperty().get()).isFalse();
    }

    @Test
    void cellsAppearAsTheyFinishTheBestIsMarkedAndUseTheseFillsTheForm() throws Exception {
        open();
        backend.gridPlan = List.of(RecommendFixtures.cell(5, 0.01, 0.10), RecommendFixtures.cell(5, 0.1, 0.30),
                RecommendFixtures.cell(10, 0.01, 0.20));
        backend.gridGate = new CountDownLatch(1);
        grid.ranksProperty().set("5, 10");
        grid.regParamsProperty().set("0.01, 0.1");
        grid.run();
        assertThat(grid.action().runningProperty().get()).isTrue();
        waitUntil(() -> backend.gridCells.size() == 3);

        grid.refresh();
        assertThat(grid.cells()).hasSize(3);
        assertThat(grid.bestProperty().get().rank()).isEqualTo(5);
        assertThat(grid.bestProperty().get().regParam()).isEqualTo(0.1);
        assertThat(grid.action().statusProperty().get()).isEqualTo("Grid search: 3 of 4 cells fitted…");

        backend.gridGate.countDown();
        // The runner reports "not running" just before the result arrives: wait for the result's sentence.
        waitUntil(() -> grid.action().statusProperty().get().startsWith("Best"));
        assertThat(grid.action().statusProperty().get()).startsWith("Best: rank 5, regParam 0.1 (NDCG@10 0.300)");
        grid.useBest();
        assertThat(model.form().rankProperty().get()).isEqualTo(5);
        assertThat(model.form().regParamProperty().get()).isEqualTo("0.1");
        grid.use(grid.cells().get(2));
        assertThat(model.form().rankProperty().get()).isEqualTo(10);
        assertThat(model.form().regParamProperty().get()).isEqualTo("0.01");
    }

    @Test
    void stopKeepsTheCellsFittedSoFar() throws Exception {
        open();
        backend.gridPlan = List.of(RecommendFixtures.cell(5, 0.01, 0.10));
        backend.gridGate = new CountDownLatch(1);
        grid.run();
        waitUntil(() -> backend.gridCells.size() == 1);
        grid.refresh();
        grid.stop();
        waitUntil(() -> !grid.action().runningProperty().get());
        assertThat(grid.cells()).hasSize(1);
        assertThat(grid.bestProperty().get()).isNotNull();
        // It said "Stopped: Grid search: 0 of 9 cells fitted" beside the cells in the table.
        assertThat(grid.action().statusProperty().get()).startsWith("Stopped: Grid search: 1 of ");
        backend.gridGate.countDown();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(10);
        }
    }
}
