package io.sparkworkbench.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.stream.query.RateAlert;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live tab's view model over a fake session: what Start sends, what the charts see, pause, the alert, bad input. */
class LiveViewModelTest {

    private final FakeLiveBackend backend = new FakeLiveBackend();
    private final LiveViewModel model = new LiveViewModel(backend, Runnable::run);

    @Test
    void startSendsTheRateTriggerAndSourceAndTheSnapshotsReachTheChartsOnlyWhenNew() {
        model.rateProperty().set(2_500);
        model.triggerMillisProperty().set(500);
        model.start();
        assertThat(backend.calls).containsSubsequence("rate 2500", "trigger 500", "start simulator at 2,500 events/s");
        assertThat(backend.started).isEqualTo(LiveSourceChoice.Simulator.at(2_500));

        backend.snapshot = FakeLiveBackend.running(1, 0, 10, null);
        model.poll();
        LiveSnapshot first = model.shownProperty().get();
        assertThat(first.eventCounts().total()).isEqualTo(10);
        assertThat(model.activeProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).contains("Running").contains("1 of 1 queries running");
        // The same version is not shown again.
        backend.snapshot = FakeLiveBackend.running(1, 0, 99, null);
        model.poll();
        assertThat(model.shownProperty().get()).isSameAs(first);
    }

    @Test
    void aSimulatorStartedOutsideTheTabHasTheFlashSaleControlsToo() {
        // The whole analysis (Dashboard) starts the stream on the shared session: this tab never pressed Start.
        backend.snapshot = FakeLiveBackend.running(1, 0, 10, null);
        model.poll();
        assertThat(model.activeProperty().get()).isTrue();
        assertThat(model.simulatorRunningProperty().get()).isTrue();
        backend.snapshot = FakeLiveBackend.snapshot(2, LiveSnapshot.State.IDLE, null, null);
        model.poll();
        assertThat(model.simulatorRunningProperty().get()).isFalse();
    }

    @Test
    void pauseFreezesWhatTheChartsShowWhileTheStatusFollowsAndResumeCatchesUp() {
        backend.snapshot = FakeLiveBackend.running(1, 0, 10, null);
        model.poll();
        model.pausedProperty().set(true);
        backend.snapshot = FakeLiveBackend.running(2, 1, 20, null);
        model.poll();
        assertThat(model.shownProperty().get().eventCounts().total()).isEqualTo(10);
        assertThat(model.latestProperty().get().eventCounts().total()).isEqualTo(20);
        model.pausedProperty().set(false);
        assertThat(model.shownProperty().get().eventCounts().total()).isEqualTo(20);
    }

    @Test
    void theRateAlertIsShownAndToldToTheStatusBarOnceAndCleared() {
        List<String> told = new ArrayList<>();
        model.setOnAlert(told::add);
        RateAlert raised = new RateAlert(true, 1, 900, 100, 9, "Event rate alert: 900 events");
        backend.snapshot = FakeLiveBackend.running(1, 0, 900, raised);
        model.poll();
        backend.snapshot = FakeLiveBackend.running(2, 1, 900, raised);
        model.poll();
        assertThat(model.alertProperty().get()).isEqualTo("Event rate alert: 900 events");
        backend.snapshot = FakeLiveBackend.running(3, 2, 900, new RateAlert(false, 2, 100, 100, 1, ""));
        model.poll();
        assertThat(told).containsExactly("Event rate alert: 900 events", "");
    }

    @Test
    void aMissingFolderOrABadValueIsRefusedInTheFormNamingIt() {
        model.sourceProperty().set(LiveViewModel.SourceKind.FOLDER);
        model.start();
        assertThat(model.errorProperty().get()).contains("Choose the folder");
        model.sourceProperty().set(LiveViewModel.SourceKind.REPLAY);
        model.replaySpeedProperty().set(0);
        model.start();
        assertThat(model.errorProperty().get()).contains("replay speed");
        model.triggerMillisProperty().set(50);
        model.applyTrigger();
        assertThat(model.errorProperty().get()).contains("trigger interval").contains("50");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("start"));
    }

    @Test
    void aFailedStartIsShownAsItsReasonAndStopAsksTheSession() {
        model.start();
        backend.startResult.completeExceptionally(new java.util.concurrent.CompletionException(
                new IllegalStateException("The live simulator needs the open data set's products table")));
        assertThat(model.errorProperty().get()).isEqualTo("The live simulator needs the open data set's products table");
        model.stop();
        assertThat(backend.calls).contains("stop");
    }

    @Test
    void theRateFollowsTheControlWhileRunningAndFlashSaleAndStartFreshReachTheSession() {
        model.rateProperty().set(4_000);
        model.flashSale();
        model.startFresh("live_funnel");
        assertThat(backend.calls).containsSubsequence("rate 4000", "flash sale", "fresh live_funnel");
        model.rateProperty().set(60_000);
        assertThat(backend.calls).doesNotContain("rate 60000");
    }

    @Test
    void resetToBatchIsOfferedOnlyWhileTheRunLearnsAndReachesTheSession() {
        backend.snapshot = FakeLiveBackend.running(1, 0, 10, null);
        model.poll();
        assertThat(model.learningProperty().get()).as("a run without online learning (no data set)").isFalse();
        backend.snapshot = withSegments(FakeLiveBackend.running(2, 1, 10, null));
        model.poll();
        assertThat(model.learningProperty().get()).isTrue();
        model.resetToBatch();
        assertThat(backend.calls).contains("reset to batch");
        backend.snapshot = FakeLiveBackend.snapshot(3, io.sparkworkbench.engine.stream.session.LiveSnapshot.State.IDLE, null, null);
        model.poll();
        assertThat(model.learningProperty().get()).isFalse();
    }

    private static io.sparkworkbench.engine.stream.session.LiveSnapshot withSegments(io.sparkworkbench.engine.stream.session.LiveSnapshot s) {
        return new io.sparkworkbench.engine.stream.session.LiveSnapshot(s.version(), s.state(), s.message(), s.source(), s.eventCounts(),
                s.revenue(), s.topProducts(), s.funnel(), s.sessions(), s.alert(), s.queries(), s.metrics(), s.productNames(),
                LiveSegmentsDataTest.twoWindows(false));
    }

    @Test
    void whoeverHearsOfANewSnapshotSeesTheButtonsStateOfThatSnapshot() {
        List<String> heard = new ArrayList<>();
        model.latestProperty().addListener((obs, old, now) -> heard.add(now.state() + " active=" + model.activeProperty().get()
                + " busy=" + model.busyProperty().get()));
        backend.snapshot = FakeLiveBackend.running(1, 0, 10, null);
        model.poll();
        model.stop();
        backend.snapshot = FakeLiveBackend.snapshot(2, io.sparkworkbench.engine.stream.session.LiveSnapshot.State.IDLE, null, null);
        model.poll();
        assertThat(heard).containsExactly("RUNNING active=true busy=false", "IDLE active=false busy=false");
    }
}
