package io.sparkworkbench.ui.graph;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.datagen.CustomerLayout;
import io.sparkworkbench.engine.datagen.CustomerSegment;
import io.sparkworkbench.engine.datagen.TableSizes;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.graph.GraphService;
import io.sparkworkbench.engine.sql.CatalogService;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.catalog.CatalogModel;
import io.sparkworkbench.ui.common.FxTaskRunner;
import io.sparkworkbench.ui.common.graph.GraphData;
import io.sparkworkbench.ui.common.graph.GraphView;
import io.sparkworkbench.ui.common.graph.LayoutRunner;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.apache.spark.sql.Column;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Segments made after the social graph was opened, on the real engine: showing the tab again colours the open graph
 * by them, in place, and the line under "colour by" says how often friends share a segment.
 */
@ExtendWith(ApplicationExtension.class)
class GraphSegmentsFxTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static final double SCALE = 0.2;
    private GraphTab tab;

    @BeforeAll
    static void data() {
        Path folder = GeneratedData.parquet(SCALE).folder();
        // Registering the data set drops customer_segments: the graph opens without segments.
        ENGINE.submit("open", c -> DatasetCatalog.register(c, folder)).future().join();
    }

    @AfterAll
    static void dropSegments() {
        ENGINE.submit("drop segments", c -> c.spark().catalog().dropTempView("customer_segments")).future().join();
    }

    @Start
    void start(Stage stage) {
        FxTaskRunner runner = new FxTaskRunner();
        tab = new GraphTab(GraphBackend.of(new GraphService(ENGINE), new QueryService(ENGINE), ENGINE), runner,
                new CatalogModel(new CatalogService(ENGINE), runner), GeneratedData.tempFolder("graph-segments"));
        stage.setScene(new Scene((javafx.scene.Parent) tab.content(), 1240, 780));
        stage.show();
        tab.shown();
    }

    @Test
    void showingTheTabColoursTheOpenGraphBySegmentsTrainedSince(FxRobot robot) throws Exception {
        GraphViewModel model = tab.model();
        GraphView view = tab.view().canvas().graphView();
        robot.clickOn("#graph-open");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> model.drawing().drawingProperty().get() != null);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view.layoutStateProperty().get() == LayoutRunner.State.SETTLED
                || view.layoutStateProperty().get() == LayoutRunner.State.STEP_CAP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#graph-homophily").queryLabeled().getText()).isEqualTo(HomophilyText.NO_SEGMENTS);
        Drawing plain = model.drawing().drawingProperty().get();
        long[] drawn = ids(view.getGraph());

        registerPlantedSegments();
        robot.interact(tab::shown);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.drawing().drawingProperty().get() != plain
                && !model.drawing().action().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.drawing().colourByProperty().get()).isEqualTo(ColourBy.SEGMENT);
        GraphData coloured = view.getGraph();
        Set<String> groups = new HashSet<>();
        for (int g = 0; g < coloured.groupCount(); g++) {
            groups.add(coloured.groupName(g));
        }
        assertThat(groups).contains(CustomerSegment.CHAMPIONS.label(), CustomerSegment.LAPSED.label());
        // The same nodes, where they were: no new layout ran.
        assertThat(ids(coloured)).isEqualTo(drawn);
        assertThat(view.layoutStateProperty().get()).isNull();
        String line = robot.lookup("#graph-homophily").queryLabeled().getText();
        assertThat(line).matches("Friends share a segment \\d+% of the time; two customers picked at random, 22% \\(\\d\\.\\d×\\)");
    }

    private static long[] ids(GraphData g) {
        long[] out = new long[g.nodeCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = g.id(i);
        }
        Arrays.sort(out);
        return out;
    }

    /** The generator's planted segment as customer_segments, as if the Segments tab had recovered it. */
    private static void registerPlantedSegments() {
        CustomerLayout layout = CustomerLayout.of(TableSizes.of(SCALE).customers(), GeneratedData.SEED);
        ENGINE.submit("planted segments", c -> {
            Column[] names = Arrays.stream(CustomerSegment.values()).map(s -> lit(s.label())).toArray(Column[]::new);
            c.spark().table("customers").select(col("customer_id"), layout.segmentOfId(col("customer_id")).cast("int").as("segment"))
                    .withColumn("name", element_at(array(names), col("segment").plus(1))).createOrReplaceTempView("customer_segments");
            return null;
        }).future().join();
    }
}
