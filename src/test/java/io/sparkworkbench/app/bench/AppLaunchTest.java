package io.sparkworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLaunchTest {

    /** The stock peer of bench startup ran on the app's AppCDS archive too, which hid what the archive gains. */
    @Test
    void thePlainJvmPeerKeepsTheSparkFlagsButNotTheAppsArchiveAgentsOrHome() {
        List<String> launcher = List.of("-Djpackage.app-version=0.1.0", "-Xmx3g", "--add-modules=jdk.incubator.vector",
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-XX:SharedArchiveFile=/opt/spark-workbench/lib/app/workbench.jsa",
                "-Xshare:auto", "-javaagent:/tmp/agent.jar", "-agentlib:jdwp=transport=dt_socket", "-Dworkbench.home=/tmp/h");
        assertThat(AppLaunch.plainJavaOptions(launcher)).containsExactly("-Djpackage.app-version=0.1.0", "-Xmx3g",
                "--add-modules=jdk.incubator.vector", "--add-opens=java.base/java.lang=ALL-UNNAMED");
    }

    /** bench startup ran the native launcher behind the Linux wrapper, so its figures left out what a user's start runs. */
    @Test
    void theBenchStartsTheWrapperAUserStartsWhereTheLauncherHasOne(@TempDir Path bin) throws Exception {
        Path nativeLauncher = Files.createFile(bin.resolve("spark-workbench-launcher"));
        assertThat(AppLaunch.userFacing(nativeLauncher)).isEqualTo(nativeLauncher);
        Path wrapper = Files.createFile(bin.resolve("spark-workbench"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(AppLaunch.userFacing(nativeLauncher)).isEqualTo(wrapper);
        assertThat(AppLaunch.userFacing(wrapper)).isEqualTo(wrapper);
    }
}
