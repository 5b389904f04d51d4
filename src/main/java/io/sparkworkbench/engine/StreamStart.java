package io.sparkworkbench.engine;

import org.apache.spark.sql.streaming.StreamingQuery;

/**
 * Builds and starts one streaming query from an action's context: name it ({@code queryName}) and give it
 * {@link EngineContext#checkpointFolder(String)} of that name as its {@code checkpointLocation}. Runs on an
 * engine thread of the {@code streaming} pool, whose job tag and scheduler pool the query's own thread
 * inherits, so every micro-batch is counted in the stream's row of the jobs panel.
 */
@FunctionalInterface
public interface StreamStart {
    StreamingQuery start(EngineContext context) throws Exception;
}
