package io.sparkworkbench.engine.stream.query;

import io.sparkworkbench.engine.EngineSettings;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.WorkbenchPaths;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A child JVM for {@link LiveRestartTest}: runs the event-counts query over a folder (one file a batch) and prints
 * {@code FOLDED <batch id> <events>} each time a batch is folded, until it is killed.
 */
public final class LiveStreamChild {

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        String scope = args[1];
        SparkEngine engine = new SparkEngine();
        engine.start(new EngineSettings("local[2]", 4, false, WorkbenchPaths.fromEnvironment().dataFolder())).join();
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(LiveTrigger.every(Duration.ofMillis(300))).withScope(scope);
        LiveStreamService service = new LiveStreamService(engine, LiveInput.jsonFolder(input, 1), config);
        service.start(EventCountsQuery.VIEW);
        long printed = -1;
        while (true) {
            EventCounts counts = service.eventCounts();
            if (counts.lastBatchId() != printed) {
                printed = counts.lastBatchId();
                System.out.println("FOLDED " + printed + " " + counts.total());
                System.out.flush();
            }
            QueryStatus status = service.status(EventCountsQuery.VIEW);
            if (status.state() == QueryStatus.State.FAILED) {
                System.out.println("FAILED " + status.message());
                System.exit(2);
            }
            Thread.sleep(20);
        }
    }
}
