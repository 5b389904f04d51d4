package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.sql.CatalogService;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved snippets: kept under a name, replaced by name, deleted, and back after a restart. */
class SnippetsTest {

    @TempDir
    Path dir;

    private SqlViewModel model() {
        SparkEngine idle = new SparkEngine();
        SqlViewModel model = new SqlViewModel(new QueryService(idle), new CatalogService(idle), new io.sparkworkbench.engine.files.DataExports(idle)::export, new DirectTaskRunner(), () -> 10);
        model.snippets().use(new SnippetStore(dir));
        return model;
    }

    @Test
    void keepsTheStatementAtTheCaretOrTheSelection() {
        SqlViewModel model = model();
        String text = "SELECT 1;\nSELECT channel, count(*) FROM orders GROUP BY 1;";
        assertThat(model.snippets().save("by channel", text, 0, 0, text.indexOf("channel"))).isTrue();
        assertThat(model.snippets().save("one", text, 0, 8, 0)).isTrue();
        assertThat(model.snippets().all()).extracting(SnippetStore.Snippet::name, SnippetStore.Snippet::sql).containsExactly(
                org.assertj.core.groups.Tuple.tuple("by channel", "SELECT channel, count(*) FROM orders GROUP BY 1"),
                org.assertj.core.groups.Tuple.tuple("one", "SELECT 1"));

        SqlViewModel restarted = model();
        assertThat(restarted.snippets().all()).hasSize(2);
        restarted.snippets().save("one", "SELECT 2", 0, 0, 3);
        restarted.snippets().delete("by channel");
        assertThat(model().snippets().all()).extracting(SnippetStore.Snippet::sql).containsExactly("SELECT 2");
    }

    @Test
    void nothingToKeepSaysWhy() {
        SqlViewModel model = model();
        assertThat(model.snippets().save("empty", "   ", 0, 0, 1)).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Nothing to save");
        assertThat(model.snippets().save(" ", "SELECT 1", 0, 0, 1)).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("A snippet needs a name");
    }
}
