package io.sparkworkbench.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.sql.QueryLibrary;
import io.sparkworkbench.engine.sql.QueryResult;
import io.sparkworkbench.engine.sql.QueryService;
import io.sparkworkbench.engine.sql.SqlStatement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every library query through the SQL tab's own path ({@link QueryService}) over the bundled sample data:
 * its columns and its rows, sorted (the order of rows with equal sort keys is Spark's to choose).
 */
final class QueryLibraryRows implements ClusterCase {

    private static final int CAP = QueryService.DEFAULT_ROW_CAP;

    @Override
    public String name() {
        return "sql";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) {
        new DatasetCatalog(engine).open(Path.of("sample-data")).future().join();
        QueryService service = new QueryService(engine);
        Map<String, Object> rows = new TreeMap<>();
        for (QueryLibrary.Entry entry : QueryLibrary.all()) {
            QueryResult result = service.run(SqlStatement.of(entry.sql()), entry.sql(), CAP).future().join();
            assertThat(result.more()).as("%s fits in one page of %d rows", entry.id(), CAP).isFalse();
            assertThat(result.rows()).as(entry.id()).isNotEmpty();
            List<String> sorted = new ArrayList<>();
            for (List<Object> row : result.rows()) {
                sorted.add(row.toString());
            }
            sorted.sort(null);
            rows.put(entry.id(), List.of(result.columns().toString(), sorted));
        }
        return rows;
    }
}
