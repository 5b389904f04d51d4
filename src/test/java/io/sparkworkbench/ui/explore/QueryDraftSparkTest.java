package io.sparkworkbench.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.ui.explore.QueryDraft.Aggregate;
import io.sparkworkbench.ui.explore.QueryDraft.Filter;
import io.sparkworkbench.ui.explore.QueryDraft.Function;
import io.sparkworkbench.ui.explore.QueryDraft.Operator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The builder's SQL runs on Spark and means what the picks say. */
class QueryDraftSparkTest {

    private static final List<ColumnInfo> COLUMNS = List.of(new ColumnInfo("id", "bigint"), new ColumnInfo("city name", "string"),
            new ColumnInfo("amount", "decimal(10,2)"), new ColumnInfo("day", "date"));
    private static SparkSession spark;

    @BeforeAll
    static void view() {
        spark = SharedSparkEngine.get().awaitSession();
        spark.sql("""
                CREATE OR REPLACE TEMP VIEW `qd sales` AS SELECT * FROM VALUES
                  (1L, 'Lyon', 10.50BD, DATE'2024-01-01'), (2L, 'O''Hara', 5.00BD, DATE'2024-01-02'),
                  (3L, 'Lyon', 2.25BD, DATE'2024-02-01'), (4L, NULL, 1.00BD, DATE'2024-02-03')
                  AS t(id, `city name`, amount, day)""").collect();
    }

    private static List<Row> run(List<Filter> filters, List<String> groupBy, List<Aggregate> aggregates) {
        return spark.sql(new QueryDraft("qd sales", COLUMNS, List.of(), filters, groupBy, aggregates, 0).sql()).collectAsList();
    }

    @Test
    void groupedSumsPerCity() {
        List<Row> rows = run(List.of(new Filter("city name", Operator.IS_NOT_NULL, "")), List.of("city name"),
                List.of(new Aggregate(Function.SUM, "amount"), new Aggregate(Function.COUNT, "*")));
        assertThat(rows).extracting(r -> r.getString(0) + "=" + r.getDecimal(1).toPlainString() + "/" + r.getLong(2))
                .containsExactly("Lyon=12.75/2", "O'Hara=5.00/1");
    }

    @Test
    void quotesDatesAndTextFiltersWork() {
        assertThat(run(List.of(new Filter("city name", Operator.EQUALS, "O'Hara")), List.of(), List.of())).hasSize(1);
        assertThat(run(List.of(new Filter("day", Operator.AT_LEAST, "2024-02-01")), List.of(), List.of())).hasSize(2);
        assertThat(run(List.of(new Filter("city name", Operator.CONTAINS, "yo")), List.of(), List.of())).hasSize(2);
        assertThat(run(List.of(new Filter("city name", Operator.STARTS_WITH, "O'")), List.of(), List.of())).hasSize(1);
        assertThat(run(List.of(new Filter("id", Operator.IN, "1, 4")), List.of(), List.of())).hasSize(2);
        assertThat(run(List.of(), List.of(), List.of(new Aggregate(Function.COUNT_DISTINCT, "city name"))).get(0).getLong(0))
                .isEqualTo(2);
    }
}
