package io.sparkworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.CategoryMonthRevenue;
import io.sparkworkbench.engine.datagen.DataGenService;
import io.sparkworkbench.engine.datagen.DatasetInsights;
import io.sparkworkbench.engine.datagen.EcommerceTable;
import io.sparkworkbench.engine.datagen.StoredRevenue;
import io.sparkworkbench.engine.datagen.TableProgress;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The data tab's logic against the real engine, without the JavaFX toolkit. */
class DataGenViewModelTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private final List<Path> opened = new ArrayList<>();

    private DataGenViewModel model(Path output) {
        DatasetViewModel dataset = new DatasetViewModel(new DatasetCatalog(engine), new DatasetInsights(engine),
                new DirectTaskRunner());
        dataset.setOnOpened(opened::add);
        return new DataGenViewModel(new DataGenService(engine), new DirectTaskRunner(), new GenerationForm(output), dataset);
    }

    @Test
    void generatesRegistersAndShowsSummaryPreviewAndChart() throws Exception {
        Path out = GeneratedData.tempFolder("vm");
        DataGenViewModel model = model(out);
        model.form().scaleProperty().set("0.01");

        assertThat(model.generate()).isTrue();
        await(() -> !model.runningProperty().get() && model.dataset().previewProperty().get() != null
                && !model.dataset().revenueProperty().get().isEmpty());

        assertThat(model.statusProperty().get()).startsWith("Generated 7 tables");
        assertThat(model.dataset().tables()).extracting(TableSummary::table)
                .containsExactlyInAnyOrder("customers", "products", "orders", "order_items", "clickstream", "reviews",
                        "social_edges");
        assertThat(model.dataset().tables()).filteredOn(t -> t.table().equals("orders"))
                .extracting(TableSummary::rows).containsExactly(500L);
        assertThat(model.dataset().previewProperty().get().rows()).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        assertThat(model.progress()).allMatch(p -> p.phase() == TableProgress.Phase.DONE);
        assertThat(model.dataset().revenueProperty().get()).extracting(p -> p.category()).contains("Electronics");
        assertThat(opened).containsExactly(out.toAbsolutePath().normalize());
    }

    @Test
    void aGeneratedFolderKeepsItsChartAndOpeningItAgainDrawsTheStoredOne() throws Exception {
        Path out = GeneratedData.tempFolder("vm-stored");
        DataGenViewModel model = model(out);
        model.form().scaleProperty().set("0.01");
        assertThat(model.generate()).isTrue();
        await(() -> !model.runningProperty().get() && !model.dataset().revenueProperty().get().isEmpty());
        List<CategoryMonthRevenue> computed = model.dataset().revenueProperty().get();
        Path stored = out.toAbsolutePath().normalize().resolve(StoredRevenue.FILE_NAME);
        await(() -> Files.isRegularFile(stored));
        assertThat(StoredRevenue.read(out.toAbsolutePath().normalize())).contains(computed);

        // A value only the stored file has shows where the reopened chart came from.
        List<String> lines = new ArrayList<>(Files.readAllLines(stored));
        String[] first = lines.get(3).split("\t");
        lines.set(3, first[0] + "\t" + first[1] + "\t" + "4242.5");
        Files.write(stored, lines);
        DatasetViewModel reopened = new DatasetViewModel(new DatasetCatalog(engine), new DatasetInsights(engine),
                new DirectTaskRunner());
        reopened.open(out);
        await(() -> reopened.previewProperty().get() != null && !reopened.revenueProperty().get().isEmpty());
        assertThat(reopened.revenueProperty().get()).hasSameSizeAs(computed)
                .anySatisfy(p -> assertThat(p.revenue()).isEqualTo(4242.5));
        assertThat(reopened.chartMessageProperty().get()).isEmpty();
    }

    @Test
    void stopEndsTheRunAndLeavesNoTable() throws Exception {
        Path out = GeneratedData.tempFolder("vm-stop");
        DataGenViewModel model = model(out);
        model.form().scaleProperty().set("20");
        for (EcommerceTable t : EcommerceTable.values()) {
            model.form().tableProperty(t).set(t == EcommerceTable.ORDERS || t == EcommerceTable.ORDER_ITEMS);
        }
        assertThat(model.generate()).isTrue();
        assertThat(model.generate()).as("a second Generate while running is ignored").isFalse();
        Thread.sleep(1500);

        model.stop();
        await(() -> !model.runningProperty().get());

        assertThat(model.statusProperty().get()).startsWith("Stopped");
        assertThat(model.dataset().tables()).isEmpty();
        try (Stream<Path> children = Files.list(out)) {
            assertThat(children.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))).isEmpty();
        }
    }

    @Test
    void openingAMissingFolderSaysWhichFolder() throws Exception {
        DataGenViewModel model = model(GeneratedData.tempFolder("unused"));
        Path missing = Path.of("/no/such/folder");
        model.dataset().open(missing);
        await(() -> model.dataset().messageProperty().get().startsWith("Could not open"));
        assertThat(model.dataset().messageProperty().get()).contains("/no/such/folder").contains("no such folder");
    }

    @Test
    void invalidFormDoesNotStartAndSaysWhy() {
        DataGenViewModel model = model(Path.of("unused"));
        model.form().seedProperty().set("x");
        assertThat(model.generate()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Seed 'x' is not a whole number");
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 120 s");
            }
            Thread.sleep(20);
        }
    }
}
