package io.sparkworkbench.engine.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        String script = "SELECT 'a;b' AS x;\n-- not; a statement\nSELECT `odd;name` FROM t /* ; */ WHERE y = \"q;\";\n\n  ;  ";
        List<SqlStatement> statements = SqlScript.split(script);
        assertThat(statements).extracting(SqlStatement::text).containsExactly(
                "SELECT 'a;b' AS x",
                "-- not; a statement\nSELECT `odd;name` FROM t /* ; */ WHERE y = \"q;\"");
        assertThat(statements.get(1).start()).isEqualTo(script.indexOf("-- not"));
    }

    @Test
    void commentOnlyChunksAreNotStatements() {
        assertThat(SqlScript.split("-- just a note\n/* and another */ ;")).isEmpty();
        assertThat(SqlScript.split("")).isEmpty();
    }

    @Test
    void escapedQuotesStayInsideTheString() {
        assertThat(SqlScript.split("SELECT 'it\\'s; fine'; SELECT 2")).extracting(SqlStatement::text)
                .containsExactly("SELECT 'it\\'s; fine'", "SELECT 2");
    }

    @Test
    void statementAtTheCaret() {
        String script = "SELECT 1;\nSELECT 2;\n\nSELECT 3";
        assertThat(SqlScript.at(script, 3)).get().extracting(SqlStatement::text).isEqualTo("SELECT 1");
        assertThat(SqlScript.at(script, script.indexOf("SELECT 2") + 8)).get().extracting(SqlStatement::text).isEqualTo("SELECT 2");
        assertThat(SqlScript.at(script, script.indexOf("SELECT 2") + 9)).get().extracting(SqlStatement::text)
                .as("right after the semicolon").isEqualTo("SELECT 2");
        assertThat(SqlScript.at(script, script.length())).get().extracting(SqlStatement::text).isEqualTo("SELECT 3");
        assertThat(SqlScript.at("   ", 1)).isEmpty();
    }
}
