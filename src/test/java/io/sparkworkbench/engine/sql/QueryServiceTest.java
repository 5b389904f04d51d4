package io.sparkworkbench.engine.sql;

import io.sparkworkbench.testing.StopBounds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryServiceTest {

    private final SparkEngine engine = SharedSparkEngine.get();
    private final QueryService service = new QueryService(engine);

    private QueryResult run(String sql, int cap) {
        return service.run(SqlStatement.of(sql), sql, cap).future().join();
    }

    @Test
    void capsTheRowsAndSaysThereAreMore() {
        QueryResult result = run("SELECT id, id * 2 AS twice FROM range(25)", 10);
        assertThat(result.rows()).hasSize(10);
        assertThat(result.more()).isTrue();
        assertThat(result.columns()).extracting(ColumnInfo::name, ColumnInfo::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id", "bigint"),
                        org.assertj.core.groups.Tuple.tuple("twice", "bigint"));
        assertThat(result.rows().get(9)).containsExactly(9L, 18L);

        QueryResult exact = run("SELECT id FROM range(10)", 10);
        assertThat(exact.rows()).hasSize(10);
        assertThat(exact.more()).as("exactly cap rows: nothing more").isFalse();
    }

    @Test
    void fetchNextReturnsTheFollowingRows() {
        SqlStatement statement = SqlStatement.of("SELECT id FROM range(25) ORDER BY id");
        QueryResult second = service.fetch(statement, 10, 10).future().join();
        assertThat(second.firstRow()).isEqualTo(10);
        assertThat(second.rows()).extracting(r -> r.get(0)).containsExactly(10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L);
        assertThat(second.more()).isTrue();
        QueryResult last = service.fetch(statement, 20, 10).future().join();
        assertThat(last.rows()).hasSize(5);
        assertThat(last.more()).isFalse();
    }

    @Test
    void commandsRunAndReturnNoRows() {
        QueryResult created = run("CREATE OR REPLACE TEMP VIEW qs_numbers AS SELECT id FROM range(3)", 10);
        assertThat(created.rows()).isEmpty();
        assertThat(run("SELECT count(*) AS n FROM qs_numbers", 10).rows()).containsExactly(java.util.List.of(3L));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SELECT nope FROM range(3)                  | UNRESOLVED_COLUMN  | 1 | 8  | nope
            SELECT id FROM no_such_table_xyz           | TABLE_OR_VIEW_NOT_FOUND | 1 | 16 | no_such_table_xyz
            SELEC 1                                    | PARSE_SYNTAX_ERROR | 1 | 1  | SELEC
            SELECT id FROM range(3) WHERE id = 'x' +   | PARSE_SYNTAX_ERROR | 1 | 41 |
            """)
    void errorsNameTheErrorClassAndThePosition(String sql, String errorClass, int line, int column, String token) {
        String script = sql.trim();
        Throwable thrown = catchError(script);
        SqlError error = ((SqlException) thrown).error();
        assertThat(error.errorClass()).startsWith(errorClass);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        if (token != null) {
            assertThat(script.substring(error.offset(), error.offset() + error.length())).isEqualTo(token);
        }
        assertThat(error.message()).isNotBlank().doesNotStartWith("[").doesNotContain("SQLSTATE").doesNotContain(" pos ");
    }

    @Test
    void errorPositionsAreInTheWholeScript() {
        String script = "SELECT 1;\n\nSELECT id,\n       missing_col\nFROM range(2)";
        SqlStatement second = SqlScript.split(script).get(1);
        Throwable thrown = catchThrowable(() -> service.run(second, script, 10).future().join());
        SqlError error = ((SqlException) thrown).error();
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(8);
        assertThat(script.substring(error.offset(), error.offset() + error.length())).isEqualTo("missing_col");
        assertThat(error.describe()).startsWith("line 4:8: ");
    }

    @Test
    void stopCancelsTheQueryAndLeavesNoRunningJobs() throws Exception {
        String sql = "SELECT count(*) FROM range(0, 200000000000, 1, 2) a";
        EngineTask<QueryResult> task = service.run(SqlStatement.of(sql), sql, 10);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (engine.awaitSession().sparkContext().statusTracker().getActiveJobIds().length == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long t0 = System.nanoTime();
        task.cancel();
        assertThatThrownBy(() -> task.future().get(StopBounds.STOPPED_SECONDS, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(StopBounds.STOPPED);
        long quiet = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (engine.awaitSession().sparkContext().statusTracker().getActiveJobIds().length > 0 && System.nanoTime() < quiet) {
            Thread.sleep(20);
        }
        assertThat(engine.awaitSession().sparkContext().statusTracker().getActiveJobIds()).isEmpty();
    }

    private Throwable catchError(String sql) {
        return catchThrowable(() -> run(sql, 10));
    }

    private static Throwable catchThrowable(Runnable r) {
        try {
            r.run();
        } catch (CompletionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected the statement to fail");
    }
}
