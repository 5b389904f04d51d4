package io.sparkworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuilderViewModelTest {

    private final BuilderViewModel model = new BuilderViewModel(new QueryService(SharedSparkEngine.get()),
            request -> { throw new AssertionError("no export here"); }, new DirectTaskRunner(), () -> 100);

    @Test
    void picksMakeSqlAndABadValueSaysWhyInsteadOfRunning() {
        model.setTable("bvm_t", List.of(new ColumnInfo("id", "bigint"), new ColumnInfo("name", "string")));
        assertThat(model.sqlProperty().get()).isEqualTo("SELECT *\nFROM bvm_t\nLIMIT 1000");
        model.groupBy().add("name");
        model.aggregates().add(new QueryDraft.Aggregate(QueryDraft.Function.COUNT, "*"));
        assertThat(model.sqlProperty().get()).startsWith("SELECT `name`, COUNT(*) AS `count`");

        model.filters().add(new QueryDraft.Filter("id", QueryDraft.Operator.GREATER, "ten"));
        assertThat(model.problemProperty().get()).isEqualTo("Filter on id needs a number, not 'ten'");
        model.run();
        assertThat(model.resultProperty().get()).as("nothing runs while the draft has a problem").isNull();
    }

    @Test
    void openInSqlEditorCarriesTheSqlAndANewTableStartsAFreshDraft() {
        List<String> opened = new ArrayList<>();
        model.setOpenInSql((title, sql) -> opened.add(title + "|" + sql));
        model.setTable("bvm_a", List.of(new ColumnInfo("x", "int")));
        model.columns().add("x");
        model.openInSqlEditor();
        assertThat(opened).containsExactly("bvm_a (builder)|SELECT `x`\nFROM bvm_a\nLIMIT 1000");

        model.setTable("bvm_b", List.of(new ColumnInfo("y", "int")));
        assertThat(model.columns()).isEmpty();
        assertThat(model.sqlProperty().get()).isEqualTo("SELECT *\nFROM bvm_b\nLIMIT 1000");
    }
}
