package io.sparkworkbench.engine.stream.learn;

import java.util.List;
import java.util.function.LongConsumer;
import org.apache.spark.api.java.function.VoidFunction2;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The learning query's {@code foreachBatch}: scores the batch, adds its segment mix, moves the online centres,
 * saves both beside the checkpoint and re-registers {@code live_segments}. Exactly-once by batch id for each of
 * the two. The query holds no Spark state, so a batch both already hold is skipped without being read. Runs on
 * the query's own thread.
 */
final class LearningSink implements VoidFunction2<Dataset<Row>, Long> {

    private static final Logger LOG = LoggerFactory.getLogger(LearningSink.class);

    private final transient String queryName;
    private final transient BatchScorer scorer;
    private final transient SegmentMixTable mix;
    private final transient OnlineCentres centres;
    private final transient LearningFiles files;
    private final transient Runnable registerView;
    private final transient LongConsumer eventsRead;

    LearningSink(String queryName, BatchScorer scorer, SegmentMixTable mix, OnlineCentres centres, LearningFiles files, Runnable registerView,
            LongConsumer eventsRead) {
        this.queryName = queryName;
        this.scorer = scorer;
        this.mix = mix;
        this.centres = centres;
        this.files = files;
        this.registerView = registerView;
        this.eventsRead = eventsRead;
    }

    @Override
    public void call(Dataset<Row> batch, Long batchId) throws Exception {
        boolean mixDue = batchId > mix.lastBatchId();
        boolean centresDue = batchId > centres.lastBatchId();
        if (!mixDue && !centresDue) {
            LOG.info("{}: batch {} was applied already: a replay, skipped", queryName, batchId);
            return;
        }
        // The centres as they were when this batch first ran (a replay finds them unmoved): the same assignment.
        BatchScorer.Scored scored = scorer.score(batch, centres.centres());
        if (mixDue && mix.apply(batchId, scored.mix())) {
            files.save(mix);
            registerView.run();
            eventsRead.accept(events(scored.mix()));
        }
        if (centresDue && centres.apply(batchId, scored.counts(), scored.sums(), System.currentTimeMillis())) {
            files.save(centres);
        }
    }

    private static long events(List<SegmentMixTable.Count> counts) {
        return counts.stream().mapToLong(SegmentMixTable.Count::events).sum();
    }
}
