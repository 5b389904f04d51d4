package io.sparkworkbench.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sql}: views from files, statements in order, aligned output or a full file, exit codes 0/2/3/4. */
class SqlCommandTest {

    @TempDir
    Path dir;

    /** Runs in this JVM: the shared test session is already up, so no child JVM start-up per case. */
    private static CliRun.Output run(String... args) {
        io.sparkworkbench.testing.SharedSparkEngine.get();
        String[] withMaster = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--master", "local[2]")).toArray(String[]::new);
        return CliRun.run(args.length > 0 && args[0].equals("sql") ? withMaster : args);
    }

    @Test
    void runsStatementsOverFileViewsAndPrintsAnAlignedTable() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"), "name,age\nAda,36\nLinus,21\nGrace,85\n");
        CliRun.Output o = run("sql", "--view", "people=" + csv, "-e",
                "CREATE OR REPLACE TEMP VIEW old AS SELECT * FROM people WHERE age > 30; SELECT name, age FROM old ORDER BY age");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("name  | age", "Ada   |  36", "Grace |  85", "(2 rows)");
        assertThat(o.out()).doesNotContain("Linus");
    }

    @Test
    void writesTheFullResultToOneFile() throws Exception {
        Path out = dir.resolve("squares.csv");
        CliRun.Output o = run("sql", "-e", "SELECT id, id * id AS sq FROM range(250)", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(o.out()).contains("wrote 250 rows to " + out);
        assertThat(Files.readAllLines(out)).hasSize(251).startsWith("id,sq", "0,0");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(out);
        }
    }

    @Test
    void aQueryFailingWhileWritingExitsOneAndKeepsTheOldFile() throws Exception {
        Path out = Files.writeString(dir.resolve("kept.json"), "{\"old\":1}\n");
        CliRun.Output o = run("sql", "-e", "SELECT raise_error('boom') AS x FROM range(3)", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isEqualTo(1);
        assertThat(o.err()).contains(out.toString()).contains("boom");
        assertThat(Files.readString(out)).isEqualTo("{\"old\":1}\n");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings).as("no staging left behind").containsExactly(out);
        }
    }

    @Test
    void maxRowsCapsThePrintedRowsAndSaysSo() {
        CliRun.Output o = run("sql", "-e", "SELECT id FROM range(10)", "--max-rows", "3");
        assertThat(o.out()).contains("(first 3 rows; more available");
    }

    @Test
    void sqlErrorsExitThreeWithLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.sql"), "SELECT 1;\nSELECT nope\nFROM range(2)");
        CliRun.Output o = run("sql", "--file", file.toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).contains(file.toString()).contains("line 2:8").contains("UNRESOLVED_COLUMN");
    }

    @Test
    void inputFileProblemsExitFour() {
        CliRun.Output missing = run("sql", "--view", "t=/no/such/file.csv", "-e", "SELECT * FROM t");
        assertThat(missing.code()).isEqualTo(4);
        assertThat(missing.err()).contains("/no/such/file.csv").contains("no such file");
        assertThat(run("sql", "--file", "/no/such.sql").code()).isEqualTo(4);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("sql").code()).isEqualTo(2);
        assertThat(run("sql", "-e", "SELECT 1", "--file", "x.sql").code()).isEqualTo(2);
        assertThat(run("sql", "--view", "bad name=x.csv", "-e", "SELECT 1").code()).isEqualTo(2);
        assertThat(run("sql", "-e", "SELECT 1", "--out", "x.xlsx").code()).isEqualTo(2);
    }
}
