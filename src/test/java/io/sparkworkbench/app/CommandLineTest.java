package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.CliRun;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The headless commands: usage errors exit 2, and a local[1] child JVM writes what local[2] writes here. */
class CommandLineTest {

    @Test
    void badArgumentsPrintUsageAndExitTwo() {
        CliRun.Output out = run("generate", "--scale", "abc", "--out", "/tmp/x");
        assertThat(out.code()).isEqualTo(2);
        assertThat(out.err()).contains("--scale").contains("Usage:");
        assertThat(run("generate", "--scale", "5000", "--out", "/tmp/x").code()).isEqualTo(2);
        assertThat(run("generate", "--scale", "1", "--out", "/tmp/x", "--format", "xlsx").err()).contains("xlsx");
        assertThat(run("bench", "nosuchgroup").code()).isEqualTo(2);
        assertThat(run().code()).isEqualTo(2);
    }

    @Test
    void benchHelpListsEveryGroup() {
        CliRun.Output out = run("bench", "--help");
        assertThat(out.code()).isZero();
        String help = out.out().replaceAll("\\s+", " "); // picocli wraps at 80 columns
        // Every group of the one list, with its description, and the options.
        for (io.sparkworkbench.app.bench.BenchmarkGroup group : io.sparkworkbench.app.bench.BenchmarkGroups.all()) {
            assertThat(help).contains(group.name() + " " + group.description().replaceAll("\\s+", " "));
        }
        assertThat(help).contains("(default: all): generate, sql, io, sched, cluster, ml").contains("--json=FILE").contains("io: a ~100 MB CSV");
    }

    @Test
    void childJvmAtLocalOneWritesTheSameContentsAsLocalTwo() throws Exception {
        Path folder = GeneratedData.tempFolder("local1");
        Process child = childJvm("generate", "--scale", "0.01", "--seed", "5", "--out", folder.toString(), "--master", "local[1]");
        String stdout = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(stdout).isZero();
        assertThat(stdout).contains("customers").contains("100 rows").contains("social_edges");

        Path here = GeneratedData.tempFolder("local2");
        var result = new io.sparkworkbench.engine.datagen.DataGenService(SharedSparkEngine.get())
                .generate(io.sparkworkbench.engine.datagen.GenerationRequest.allTables(0.01, 5, here,
                        io.sparkworkbench.engine.datagen.DataFormat.PARQUET)).task().future().join();
        var spark = SharedSparkEngine.get().awaitSession();
        for (var table : result.tables()) {
            String a = checksum(spark, folder.resolve(table.table()));
            String b = checksum(spark, here.resolve(table.table()));
            assertThat(a).as(table.table()).isEqualTo(b);
        }
    }

    @Test
    void unwritableOutputExitsNonZeroNamingTheFolder() throws Exception {
        Path file = Files.createTempFile("blocking", ".txt");
        Process child = childJvm("generate", "--scale", "0.01", "--out", file.resolve("out").toString());
        String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(1);
        assertThat(stderr).contains(file.resolve("out").toString());
    }

    private static String checksum(org.apache.spark.sql.SparkSession spark, Path table) {
        var row = spark.read().parquet(table.toString()).selectExpr("count(*)", "sum(cast(xxhash64(*) as decimal(38,0)))").first();
        return row.get(0) + ":" + row.get(1);
    }

    private static Process childJvm(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-") || arg.startsWith("-XX:+Ignore") || arg.startsWith("-Djdk.reflect")
                    || arg.startsWith("-Dio.netty") || arg.startsWith("--enable-native") || arg.startsWith("-Dworkbench.home")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static CliRun.Output run(String... args) {
        return CliRun.run(args);
    }

}
