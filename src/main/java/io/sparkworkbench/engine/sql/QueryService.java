package io.sparkworkbench.engine.sql;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Runs SQL statements on the engine, each under its own job tag (so Stop cancels its Spark jobs), and
 * brings back at most {@code cap} rows: {@code limit(cap + 1)} tells whether there are more.
 */
public final class QueryService {

    public static final int DEFAULT_ROW_CAP = 10_000;

    private final SparkEngine engine;

    public QueryService(SparkEngine engine) {
        this.engine = engine;
    }

    /** Runs {@code statement} (part of {@code script}, for error positions) and fetches its first page. */
    public EngineTask<QueryResult> run(SqlStatement statement, String script, int cap) {
        return engine.submit(label(statement), context -> page(context.spark(), statement, script, 0, cap));
    }

    /** Runs the statement again and fetches the rows after the first {@code offset}. */
    public EngineTask<QueryResult> fetch(SqlStatement statement, long offset, int cap) {
        return engine.submit(label(statement) + " (rows from " + (offset + 1) + ")",
                context -> page(context.spark(), statement, statement.text(), offset, cap));
    }

    /** The physical plan Spark would run for a query, without running it. Commands are refused, not run. */
    public EngineTask<PlanNode> explain(SqlStatement statement, String script) {
        return engine.submit("Explain " + oneLine(statement.text(), 50), context -> {
            var spark = context.spark();
            try {
                var parsed = spark.sessionState().sqlParser().parsePlan(statement.text());
                if (parsed instanceof org.apache.spark.sql.catalyst.plans.logical.Command) {
                    throw new SqlException(new SqlError("Only queries have a plan to explain; this statement is a command",
                            "", -1, -1, -1, 0), null);
                }
                return PlanTrees.of(spark.sql(statement.text()).queryExecution().executedPlan(), false);
            } catch (SqlException e) {
                throw e;
            } catch (Exception e) {
                throw new SqlException(SqlErrors.of(e, statement, script), e);
            }
        });
    }

    static QueryResult page(SparkSession spark, SqlStatement statement, String script, long offset, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("The row cap must be at least 1, not " + cap);
        }
        long t0 = System.nanoTime();
        try {
            Dataset<Row> df = spark.sql(statement.text());
            List<ColumnInfo> columns = new ArrayList<>();
            for (StructField field : df.schema().fields()) {
                columns.add(new ColumnInfo(field.name(), field.dataType().simpleString()));
            }
            Dataset<Row> window = offset > 0 ? df.offset((int) Math.min(Integer.MAX_VALUE, offset)) : df;
            Dataset<Row> limited = window.limit(cap + 1);
            List<Row> fetched = limited.collectAsList();
            List<List<Object>> rows = new ArrayList<>(Math.min(cap, fetched.size()));
            for (int i = 0; i < Math.min(cap, fetched.size()); i++) {
                rows.add(PlainValues.of(fetched.get(i)));
            }
            long elapsed = (System.nanoTime() - t0) / 1_000_000;
            java.util.Optional<PlanNode> plan = columns.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(PlanTrees.of(limited.queryExecution().executedPlan(), true));
            return new QueryResult(statement, columns, rows, offset, fetched.size() > cap, elapsed, plan);
        } catch (CancellationException e) {
            throw e;
        } catch (Exception e) {
            // Spark throws AnalysisException (a checked exception) without declaring it.
            // When the user pressed Stop, the engine reports the action as stopped whatever this says.
            throw new SqlException(SqlErrors.of(e, statement, script), e);
        }
    }

    static String label(SqlStatement statement) {
        return "SQL: " + oneLine(statement.text(), 60);
    }

    /** A statement on one line without its comments, cut to {@code max} characters. */
    public static String oneLine(String sql, int max) {
        String line = sql.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("--[^\\n]*", " ").replaceAll("\\s+", " ").trim();
        return line.length() > max ? line.substring(0, max - 1) + "…" : line;
    }
}
