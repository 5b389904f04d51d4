package io.sparkworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferredDatasetTest {

    private final List<Path> activated = new ArrayList<>();
    private final DeferredDataset deferred = new DeferredDataset(activated::add);

    @Test
    void aDataSetOpenedWhileHiddenWaitsForTheTabAndOnlyTheLatestCounts() {
        assertThat(deferred.opened(Path.of("a"))).isFalse();
        assertThat(deferred.opened(Path.of("b"))).isFalse();
        assertThat(activated).isEmpty();
        deferred.shown();
        deferred.shown();
        assertThat(activated).containsExactly(Path.of("b"));
        assertThat(deferred.opened(Path.of("c"))).isTrue();
        assertThat(activated).containsExactly(Path.of("b"), Path.of("c"));
    }

    @Test
    void aRestartedSessionSetsTheOpenDataSetUpAgain() {
        deferred.sessionRestarted();
        assertThat(activated).as("nothing open yet").isEmpty();
        deferred.opened(Path.of("a"));
        deferred.shown();
        deferred.sessionRestarted();
        assertThat(activated).containsExactly(Path.of("a"), Path.of("a"));
    }
}
