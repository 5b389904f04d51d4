package io.sparkworkbench.engine.stream.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.streaming.StreamingQueryListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stopped query's status holds every batch Spark reported, even when Spark's listener bus is far behind (as on
 * a busy machine), and the bus's late reports do not count those batches a second time.
 */
class LiveStatusAfterTheEndTest {

    private static final int FILES = 12;
    private static final int PER_FILE = 100;

    private final SparkEngine engine = SharedSparkEngine.get();

    @TempDir
    Path input;

    @Test
    void aStoppedQueryHasCountedEveryReportedBatchThoughTheListenerBusLagsAndItsLateReportsCountNothingTwice() throws Exception {
        EventFiles files = new EventFiles(input, "lag");
        SyntheticEvents events = new SyntheticEvents(7);
        long now = System.currentTimeMillis();
        for (int f = 0; f < FILES; f++) {
            files.write(events.next(PER_FILE, LiveQueriesTest.T0 + f * 5_000L, 5_000, now));
        }
        SlowListener slow = new SlowListener();
        engine.awaitSession().streams().addListener(slow);
        LiveStreamService service = new LiveStreamService(engine, LiveInput.jsonFolder(input, 1),
                LiveStreamConfig.defaults().withTrigger(LiveTrigger.every(java.time.Duration.ofMillis(200))).withScope("lagging-bus"));
        try {
            service.startFresh(EventCountsQuery.VIEW);
            LiveQueriesTest.await(() -> service.eventCounts().lastBatchId() >= 2, "three batches folded");
            service.stopAll().get(1, TimeUnit.MINUTES);
            QueryStatus stopped = service.status(EventCountsQuery.VIEW);
            assertThat(stopped.state()).as(stopped.message()).isEqualTo(QueryStatus.State.STOPPED);
            assertThat(slow.terminated.getCount()).as("the bus is still held when the status is read").isEqualTo(1);
            slow.gate.countDown();
            assertThat(slow.terminated.await(2, TimeUnit.MINUTES)).as("the bus caught up").isTrue();
            assertThat(stopped.inputRows()).as("every batch Spark reported").isEqualTo(slow.reportedRows.get()).isGreaterThanOrEqualTo(2L * PER_FILE);
            assertThat(service.status(EventCountsQuery.VIEW).inputRows()).as("after the late reports").isEqualTo(stopped.inputRows());
        } finally {
            slow.gate.countDown();
            engine.awaitSession().streams().removeListener(slow);
            service.stopAll().get(1, TimeUnit.MINUTES);
        }
    }

    /** Holds up the session's streaming listener bus (it delivers to every listener in turn, on one thread) until the gate opens. */
    private static final class SlowListener extends StreamingQueryListener {
        final CountDownLatch terminated = new CountDownLatch(1);
        final AtomicLong reportedRows = new AtomicLong();
        final CountDownLatch gate = new CountDownLatch(1);

        @Override
        public void onQueryStarted(QueryStartedEvent event) {
        }

        @Override
        public void onQueryProgress(QueryProgressEvent event) {
            reportedRows.addAndGet(event.progress().numInputRows());
            try {
                gate.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void onQueryTerminated(QueryTerminatedEvent event) {
            terminated.countDown();
        }
    }
}
