package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.engine.sql.ColumnInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlCompletionTest {

    private static final CatalogSnapshot CATALOG = new CatalogSnapshot(Map.of(
            "orders", List.of(new ColumnInfo("order_id", "bigint"), new ColumnInfo("customer_id", "bigint"),
                    new ColumnInfo("total_amount", "decimal(12,2)")),
            "customers", List.of(new ColumnInfo("customer_id", "bigint"), new ColumnInfo("country", "string")),
            "default.sales", List.of(new ColumnInfo("amount", "double")),
            "spark_catalog.default.sales", List.of(new ColumnInfo("amount", "double"))),
            List.of("coalesce", "count", "sum"));

    private static List<String> texts(String textWithCaret) {
        int caret = textWithCaret.indexOf('|');
        String text = textWithCaret.replace("|", "");
        return SqlCompletion.complete(text, caret, CATALOG).suggestions().stream().map(SqlCompletion.Suggestion::text).toList();
    }

    @Test
    void columnsOfTheStatementsTablesComeFirst() {
        assertThat(texts("SELECT co| FROM customers c")).startsWith("country").contains("COLUMN", "COMMENT", "coalesce", "count");
        assertThat(texts("SELECT tot| FROM orders")).containsExactly("total_amount");
    }

    @Test
    void afterAnAliasOnlyThatTablesColumns() {
        assertThat(texts("SELECT o.| FROM orders o JOIN customers c ON c.customer_id = o.customer_id"))
                .containsExactly("order_id", "customer_id", "total_amount");
        assertThat(texts("SELECT c.cu| FROM orders o JOIN customers AS c ON true")).containsExactly("customer_id");
        assertThat(texts("SELECT orders.t| FROM orders")).containsExactly("total_amount");
    }

    @Test
    void tablesKeywordsAndFunctions() {
        assertThat(texts("SELECT * FROM cus|")).containsExactly("customers");
        assertThat(texts("SELECT * FROM orders GRO|")).containsExactly("GROUP", "GROUPING");
        assertThat(texts("SELECT su|")).contains("sum");
    }

    @Test
    void qualifiedNamesCompletePartByPart() {
        assertThat(texts("SELECT * FROM spark_catalog.default.|")).containsExactly("sales");
        assertThat(texts("SELECT * FROM default.sa|")).containsExactly("sales");
    }

    @Test
    void replacementRangeIsThePrefix() {
        var result = SqlCompletion.complete("SELECT tot FROM orders", 10, CATALOG);
        assertThat(result.from()).isEqualTo(7);
        assertThat(result.to()).isEqualTo(10);
    }

    @Test
    void aliasesAreNotConfusedWithKeywords() {
        assertThat(SqlCompletion.tableRefs("SELECT * FROM orders WHERE x = 1")).containsOnlyKeys("orders");
        assertThat(SqlCompletion.tableRefs("SELECT * FROM `orders` o LEFT JOIN customers AS cu ON true"))
                .containsEntry("o", "orders").containsEntry("cu", "customers");
    }
}
