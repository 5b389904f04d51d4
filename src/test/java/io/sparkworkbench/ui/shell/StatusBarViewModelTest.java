package io.sparkworkbench.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.EngineStatus;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private static EngineStatus ready(String master, int executors, int executorCores) {
        return new EngineStatus(EngineStatus.State.READY, master, 4, "4.1.0", "Ready", "10.0.0.5", 41234, 41235,
                executors, executorCores);
    }

    @Test
    void aLocalSessionShowsTheDriversAddressAndPorts() {
        EngineStatus local = new EngineStatus(EngineStatus.State.READY, "local[2]", 2, "4.1.0", "Ready", "127.0.0.1",
                40001, 40002, 0, 0);
        assertThat(StatusBarViewModel.masterLine(local))
                .isEqualTo("local[2] · 2 cores · Spark 4.1.0 · driver 127.0.0.1:40001, block manager 40002");
    }

    @Test
    void aClusterSessionAddsItsExecutors() {
        assertThat(StatusBarViewModel.masterLine(ready("spark://m:7077", 2, 4)))
                .isEqualTo("spark://m:7077 · Spark 4.1.0 · driver 10.0.0.5:41234, block manager 41235 · 2 executors, 4 cores");
        assertThat(StatusBarViewModel.masterLine(ready("spark://m:7077", 1, 1))).endsWith("· 1 executor, 1 core");
    }

    @Test
    void aLostClusterIsSaidAndOffersItsButtons() {
        AtomicReference<EngineStatus> status = new AtomicReference<>(ready("spark://m:7077", 2, 4));
        StatusBarViewModel model = new StatusBarViewModel(status::get);
        assertThat(model.clusterLostProperty().get()).isFalse();

        status.set(status.get().lost("Lost the cluster at spark://m:7077: every executor is gone"));
        model.refresh();

        assertThat(model.clusterLostProperty().get()).isTrue();
        assertThat(model.sessionTextProperty().get()).isEqualTo("Cluster lost: Lost the cluster at spark://m:7077: every executor is gone");
        assertThat(model.masterTextProperty().get()).isEqualTo("spark://m:7077");
    }

    @Test
    void aFailedStartOnAClusterStillOffersReconnectButALocalOneDoesNot() {
        AtomicReference<EngineStatus> status = new AtomicReference<>(EngineStatus.failed("spark://m:7077", "Cannot reach"));
        StatusBarViewModel model = new StatusBarViewModel(status::get);
        assertThat(model.clusterLostProperty().get()).isTrue();

        status.set(EngineStatus.failed("local[*]", "Out of memory"));
        model.refresh();
        assertThat(model.clusterLostProperty().get()).isFalse();
    }

    @Test
    void beforeTheSessionIsReadyOnlyTheMasterShows() {
        assertThat(StatusBarViewModel.masterLine(EngineStatus.starting("spark://m:7077"))).isEqualTo("spark://m:7077");
    }
}
