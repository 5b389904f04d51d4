package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.sql.FileViews;
import io.sparkworkbench.engine.sql.QueryResults;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.engine.sql.ViewSpec;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** One run of the sql command on the engine thread: views, statements in order, then the last result. */
final class ScriptRun {

    private final SparkSession spark;
    private final List<ViewSpec> views;
    private final String script;
    private final List<SqlStatement> statements;
    private final Path out;
    private final int maxRows;

    ScriptRun(SparkSession spark, List<ViewSpec> views, String script, List<SqlStatement> statements, Path out, int maxRows) {
        this.spark = spark;
        this.views = views;
        this.script = script;
        this.statements = statements;
        this.out = out;
        this.maxRows = maxRows;
    }

    String run() {
        views.forEach(v -> FileViews.register(spark, v));
        for (int i = 0; i < statements.size() - 1; i++) {
            // Earlier statements run for their effect (views, settings); their rows are not printed.
            QueryResults.execute(spark, statements.get(i), script);
        }
        SqlStatement last = statements.get(statements.size() - 1);
        if (out != null) {
            long rows = QueryResults.writeAll(spark, last, script, out);
            return String.format("wrote %,d rows to %s%n", rows, out.toAbsolutePath());
        }
        return TextTable.render(QueryResults.firstPage(spark, last, script, maxRows));
    }
}
