package io.sparkworkbench.ui.segments;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ml.segment.ProjectionScore;
import io.sparkworkbench.engine.ml.segment.SegmentPoints;
import io.sparkworkbench.engine.ml.segment.SegmentProfile;
import io.sparkworkbench.engine.ml.segment.SegmentationRequest;
import io.sparkworkbench.engine.ml.segment.SegmentationResult;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import io.sparkworkbench.ui.common.scatter.ScatterData;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plot's data is built off the JavaFX thread; a build that was slow (here: held back until the test runs
 * it) must not land once another result is shown. Seen in CI: the reopened model's points arrived after the
 * next result and filled the plot.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentPlotBuildsFxTest {

    /** Runs the queued builds only when told. */
    private static final class HeldBack implements Executor {
        private final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable command) {
            queued.add(command);
        }

        synchronized int size() {
            return queued.size();
        }

        void runOldest() {
            Runnable next;
            synchronized (this) {
                next = queued.removeFirst();
            }
            next.run();
        }
    }

    private final HeldBack scatterWorker = new HeldBack();
    private final HeldBack projectionsWorker = new HeldBack();
    private SegmentsViewModel model;
    private SegmentScatterView scatter;
    private ProjectionsView projections;
    private SelectionViewModel selection;

    @Start
    void start(Stage stage) {
        model = new SegmentsViewModel(null, new DirectTaskRunner());
        selection = new SelectionViewModel(null, null, new DirectTaskRunner());
        scatter = new SegmentScatterView(model, selection, (owner, view) -> Optional.empty(),
                new PlotBuilds(scatterWorker, Platform::runLater));
        projections = new ProjectionsView(model, (x, y) -> { }, new PlotBuilds(projectionsWorker, Platform::runLater));
        stage.setScene(new Scene(new VBox(scatter, projections), 800, 900));
        stage.show();
    }

    private static SegmentationResult result(int points) {
        long[] ids = new long[points];
        int[] segment = new int[points];
        float[] x = new float[points];
        float[] y = new float[points];
        float[][] features = {new float[points], new float[points]};
        for (int i = 0; i < points; i++) {
            ids[i] = i + 1;
            segment[i] = i % 2;
            x[i] = i;
            y[i] = -i;
            features[0][i] = i;
            features[1][i] = 2 * i;
        }
        List<String> columns = List.of("recency_days", "frequency");
        SegmentPoints drawn = new SegmentPoints(points, false, ids, segment, x, y, columns, features);
        List<SegmentProfile> profiles = List.of(new SegmentProfile(0, points / 2, 0.5, new double[2], "A"),
                new SegmentProfile(1, points - points / 2, 0.5, new double[2], "B"));
        return new SegmentationResult(new SegmentationRequest(columns, Set.of(), 2, 10, 42), points, 1, 0.5, columns,
                new double[2], profiles, drawn, new float[2], new float[2], Optional.empty(), false, "/nowhere");
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @Test
    void aSlowBuildOfAnOlderResultDoesNotFillThePlotOnceAnotherResultIsShown() throws Exception {
        SegmentationResult older = result(30);
        onFx(() -> {
            model.resultProperty().set(older);
            return null;
        });
        assertThat(scatterWorker.size()).isEqualTo(1);

        // The data set is reopened before the older build finishes: no result now, so the plot must stay empty.
        onFx(() -> {
            model.resultProperty().set(null);
            return null;
        });
        scatterWorker.runOldest();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> scatter.plot().getData().size())).isZero();

        // A newer result: its own build lands, and an older one held back behind it does not replace it.
        SegmentationResult newer = result(12);
        onFx(() -> {
            model.resultProperty().set(older);
            model.resultProperty().set(newer);
            return null;
        });
        scatterWorker.runOldest();
        scatterWorker.runOldest();
        WaitForAsyncUtils.waitForFxEvents();
        ScatterData shown = onFx(() -> scatter.plot().getData());
        assertThat(shown.size()).isEqualTo(12);
    }

    @Test
    void slowThumbnailsOfAnOlderResultAreDroppedWhenANewerResultClearsTheRanking() throws Exception {
        SegmentationResult older = result(30);
        onFx(() -> {
            model.resultProperty().set(older);
            model.projectionsProperty().set(List.of(new ProjectionScore("recency_days", "frequency", 0.4)));
            return null;
        });
        assertThat(projectionsWorker.size()).isEqualTo(1);

        // A newer result arrives; its ranking is cleared until it is computed.
        onFx(() -> {
            model.resultProperty().set(result(12));
            model.projectionsProperty().set(List.of());
            return null;
        });
        projectionsWorker.runOldest();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(onFx(() -> projections.lookupAll(".scatter-thumbnail").size() + projections.lookupAll("#projection-0").size()))
                .as("no thumbnail of the older result").isZero();
    }

    /** The Dashboard's segment click: it may come while the model's points are still being drawn. */
    @Test
    void aSegmentAskedForBeforeItsPointsAreDrawnIsSelectedWhenTheyLandAndAnUnknownOneIsSaidSo() throws Exception {
        onFx(() -> {
            model.resultProperty().set(result(30));
            scatter.selectSegment(1);
            return null;
        });
        assertThat(onFx(() -> selection.selectedIds().length)).as("nothing drawn yet").isZero();
        scatterWorker.runOldest();
        WaitForAsyncUtils.waitForFxEvents();
        List<Long> ids = onFx(() -> java.util.Arrays.stream(selection.selectedIds()).boxed().toList());
        assertThat(ids).hasSize(15).allSatisfy(id -> assertThat(id % 2).as("segment 1 holds the even ids").isZero());
        assertThat(onFx(() -> selection.summaryProperty().get())).startsWith("15 customers selected");

        onFx(() -> {
            scatter.selectSegment(0);
            return null;
        });
        assertThat(onFx(() -> java.util.Arrays.stream(selection.selectedIds()).boxed().toList())).hasSize(15)
                .allSatisfy(id -> assertThat(id % 2).isOne());

        onFx(() -> {
            scatter.selectSegment(4);
            return null;
        });
        assertThat(onFx(() -> scatter.lookup("#segments-plot-status") instanceof javafx.scene.control.Label l ? l.getText() : ""))
                .contains("no segment 4").contains("it has 2");
    }
}
