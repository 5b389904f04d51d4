package io.sparkworkbench.app.cli;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.files.DataExports;
import io.sparkworkbench.engine.files.ExportOutcome;
import io.sparkworkbench.engine.files.ExportRequest;
import io.sparkworkbench.engine.files.SourceFormat;
import io.sparkworkbench.engine.sql.FileViews;
import io.sparkworkbench.engine.sql.QueryResults;
import io.sparkworkbench.engine.sql.SqlStatement;
import io.sparkworkbench.engine.sql.ViewSpec;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** One run of the sql command as an engine action: views, statements in order, then the last result. */
final class ScriptRun {

    private final EngineContext context;
    private final DataExports exports;
    private final List<ViewSpec> views;
    private final String script;
    private final List<SqlStatement> statements;
    private final Path out;
    private final int maxRows;

    ScriptRun(EngineContext context, DataExports exports, List<ViewSpec> views, String script, List<SqlStatement> statements,
              Path out, int maxRows) {
        this.context = context;
        this.exports = exports;
        this.views = views;
        this.script = script;
        this.statements = statements;
        this.out = out;
        this.maxRows = maxRows;
    }

    String run() {
        SparkSession spark = context.spark();
        views.forEach(v -> FileViews.register(spark, v));
        for (int i = 0; i < statements.size() - 1; i++) {
            // Earlier statements run for their effect (views, settings); their rows are not printed.
            QueryResults.execute(spark, statements.get(i), script);
        }
        SqlStatement last = statements.get(statements.size() - 1);
        if (out != null) {
            // Analysed first, so a mistake is reported with its line and column in the script.
            QueryResults.execute(spark, last, script);
            ExportOutcome written = exports.exportWithin(context,
                    new ExportRequest(last.text(), out.toAbsolutePath(), SourceFormat.ofOutputFile(out), List.of(), true));
            return String.format("wrote %,d rows to %s%n", written.rows(), written.target());
        }
        return TextTable.render(QueryResults.firstPage(spark, last, script, maxRows));
    }
}
