package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which command lines open the window on files and which go to the CLI unchanged. */
class LaunchArgumentsTest {

    @Test
    void noArgumentsOpensTheWindowOnNothing() {
        LaunchArguments launch = LaunchArguments.classify();
        assertThat(launch.window()).isTrue();
        assertThat(launch.files()).isEmpty();
    }

    @Test
    void sqlAndParquetFilesOpenTheWindowInTheirOrder() {
        LaunchArguments launch = LaunchArguments.classify("/home/me/q1.SQL", "data.parquet", "sales.parquet/", "other.sql");
        assertThat(launch.window()).isTrue();
        assertThat(launch.files()).containsExactly(Path.of("/home/me/q1.SQL"), Path.of("data.parquet"), Path.of("sales.parquet"),
                Path.of("other.sql"));
        assertThat(launch.files()).extracting(LaunchArguments::kindOf).containsExactly(LaunchArguments.FileKind.SQL,
                LaunchArguments.FileKind.PARQUET, LaunchArguments.FileKind.PARQUET, LaunchArguments.FileKind.SQL);
    }

    @Test
    void fileUrisFromAFileManagerBecomePaths() {
        LaunchArguments launch = LaunchArguments.classify("file:///tmp/my%20query.sql");
        assertThat(launch.window()).isTrue();
        assertThat(launch.files()).containsExactly(Path.of("/tmp/my query.sql"));
    }

    @Test
    void subcommandsOptionsAndOtherWordsGoToTheCli() {
        assertThat(LaunchArguments.classify("sql", "-e", "select 1").window()).isFalse();
        // A subcommand given a .sql file is still the subcommand.
        assertThat(LaunchArguments.classify("sql", "--file", "q.sql").window()).isFalse();
        assertThat(LaunchArguments.classify("--version").window()).isFalse();
        assertThat(LaunchArguments.classify("-h").window()).isFalse();
        assertThat(LaunchArguments.classify("generate", "--scale", "1", "--out", "x.parquet").window()).isFalse();
        assertThat(LaunchArguments.classify("smoke").window()).isFalse();
        // A typo or another kind of file: picocli's usage error, as before.
        assertThat(LaunchArguments.classify("q.csv").window()).isFalse();
        assertThat(LaunchArguments.classify("smok").window()).isFalse();
        // One option among files sends all of it to picocli, which names the option.
        assertThat(LaunchArguments.classify("q.sql", "--debug").window()).isFalse();
        assertThat(LaunchArguments.classify("--", "q.sql").window()).isFalse();
        assertThat(LaunchArguments.classify("").window()).isFalse();
        assertThat(LaunchArguments.classify("http://example.com/q.sql").window()).isFalse();
        assertThat(LaunchArguments.classify("cli").files()).isEmpty();
    }
}
