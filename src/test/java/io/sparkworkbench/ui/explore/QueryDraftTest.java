package io.sparkworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.explore.QueryDraft.Aggregate;
import io.sparkworkbench.ui.explore.QueryDraft.Filter;
import io.sparkworkbench.ui.explore.QueryDraft.Function;
import io.sparkworkbench.ui.explore.QueryDraft.Operator;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryDraftTest {

    private static final List<ColumnInfo> ORDERS = List.of(new ColumnInfo("order_id", "bigint"),
            new ColumnInfo("status", "string"), new ColumnInfo("total", "decimal(12,2)"),
            new ColumnInfo("order_ts", "timestamp"), new ColumnInfo("odd name", "string"));

    private static QueryDraft draft(List<String> columns, List<Filter> filters, List<String> groupBy, List<Aggregate> aggregates) {
        return new QueryDraft("orders", ORDERS, columns, filters, groupBy, aggregates, 100);
    }

    @Test
    void nothingPickedSelectsEveryColumn() {
        assertThat(draft(List.of(), List.of(), List.of(), List.of()).sql()).isEqualTo("SELECT *\nFROM orders\nLIMIT 100");
    }

    @Test
    void groupedQueryHasAggregatesOrderedByTheFirst() {
        String sql = draft(List.of("order_id"), List.of(new Filter("status", Operator.IN, "shipped, delivered")),
                List.of("status"), List.of(new Aggregate(Function.COUNT, "*"), new Aggregate(Function.SUM, "total"))).sql();
        assertThat(sql).isEqualTo("""
                SELECT `status`, COUNT(*) AS `count`, SUM(`total`) AS `sum_total`
                FROM orders
                WHERE `status` IN ('shipped', 'delivered')
                GROUP BY `status`
                ORDER BY `count` DESC
                LIMIT 100""");
    }

    @Test
    void valuesBecomeLiteralsOfTheColumnType() {
        String sql = draft(List.of("odd name"), List.of(
                new Filter("total", Operator.AT_LEAST, "10.5"),
                new Filter("order_ts", Operator.LESS, "2024-02-01 00:00:00"),
                new Filter("status", Operator.EQUALS, "it's"),
                new Filter("odd name", Operator.IS_NULL, "")), List.of(), List.of()).sql();
        assertThat(sql).contains("SELECT `odd name`")
                .contains("`total` >= 10.5")
                .contains("`order_ts` < TIMESTAMP '2024-02-01 00:00:00'")
                .contains("`status` = 'it\\'s'")
                .contains("`odd name` IS NULL");
    }

    @Test
    void aNumberColumnRefusesText() {
        assertThatThrownBy(() -> draft(List.of(), List.of(new Filter("total", Operator.EQUALS, "1; DROP TABLE x")),
                List.of(), List.of()).sql()).hasMessage("Filter on total needs a number, not '1; DROP TABLE x'");
    }

    @Test
    void anUnknownColumnIsNamed() {
        assertThatThrownBy(() -> draft(List.of("nope"), List.of(), List.of(), List.of()).sql())
                .hasMessage("Column nope is not in orders");
    }

    @Test
    void onlyCountTakesAStar() {
        assertThatThrownBy(() -> draft(List.of(), List.of(), List.of(), List.of(new Aggregate(Function.SUM, "*"))).sql())
                .hasMessage("sum needs a column, not *");
    }

    @Test
    void oddTableNamesAreQuoted() {
        assertThat(new QueryDraft("my table", ORDERS, List.of(), List.of(), List.of(), List.of(), 0).sql())
                .isEqualTo("SELECT *\nFROM `my table`");
    }
}
