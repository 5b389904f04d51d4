package io.sparkworkbench.engine.sql;

import org.apache.spark.sql.SparkSession;

/** Statement execution for callers already on the engine thread (the command line's script runs). */
public final class QueryResults {

    private QueryResults() {
    }

    /** Runs a statement for its effect: commands run now; a query is only analysed (its errors still show). */
    public static void execute(SparkSession spark, SqlStatement statement, String script) {
        try {
            spark.sql(statement.text());
        } catch (Exception e) {
            throw new SqlException(SqlErrors.of(e, statement, script), e);
        }
    }

    public static QueryResult firstPage(SparkSession spark, SqlStatement statement, String script, int maxRows) {
        return QueryService.page(spark, statement, script, 0, maxRows);
    }
}
