package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.app.cli.ClusterCommand;
import io.sparkworkbench.engine.cluster.ClusterLayout;
import io.sparkworkbench.testing.CliRun;
import org.junit.jupiter.api.Test;

/** {@code cluster} without a cluster: the exit codes scripts rely on, and bad shapes refused before anything starts. */
class ClusterCommandTest {

    @Test
    void statusWithoutAClusterSaysSoAndExitsThree() {
        assertThat(ClusterLayout.fromEnvironment().stateFile()).doesNotExist();

        CliRun.Output out = CliRun.run("cluster", "status");

        assertThat(out.code()).isEqualTo(ClusterCommand.EXIT_NOT_RUNNING);
        assertThat(out.out()).startsWith("not running");
    }

    @Test
    void stopWithoutAClusterIsNotAnError() {
        CliRun.Output out = CliRun.run("cluster", "stop");

        assertThat(out.code()).isZero();
        assertThat(out.out()).contains("No local cluster is running");
    }

    @Test
    void badShapesAreUsageErrorsNamingTheOption() {
        CliRun.Output workers = CliRun.run("cluster", "start", "--workers", "0");
        assertThat(workers.code()).isEqualTo(2);
        assertThat(workers.err()).contains("--workers must be between 1 and 16, not 0").contains("Usage:");

        assertThat(CliRun.run("cluster", "start", "--memory", "256m").err()).contains("--memory must be at least 1g");
        assertThat(CliRun.run("cluster").code()).isEqualTo(2);
        assertThat(ClusterLayout.fromEnvironment().stateFile()).doesNotExist();
    }
}
