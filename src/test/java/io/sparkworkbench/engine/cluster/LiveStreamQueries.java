package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.stream.query.EventCounts;
import io.sparkworkbench.engine.stream.query.EventFiles;
import io.sparkworkbench.engine.stream.query.Funnel;
import io.sparkworkbench.engine.stream.query.LiveInput;
import io.sparkworkbench.engine.stream.query.LiveStreamConfig;
import io.sparkworkbench.engine.stream.query.LiveStreamService;
import io.sparkworkbench.engine.stream.query.LiveTrigger;
import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.query.Revenue;
import io.sparkworkbench.engine.stream.query.Sessions;
import io.sparkworkbench.engine.stream.query.SyntheticEvents;
import io.sparkworkbench.engine.stream.query.TopProducts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;

/**
 * The streaming engine: all five live queries over the same {@value #FILES} files plus one that moves the
 * watermark on (so session windows close), one file a micro-batch, run to the end (available-now) from fresh
 * checkpoints under the data folder, which the loopback cluster's executors share with the driver. The
 * stateful operators run on the executors (state stores, shuffles); each query's folded result must agree.
 */
final class LiveStreamQueries implements ClusterCase {

    private static final int FILES = 3;
    private static final int PER_FILE = 300;
    private static final long T0 = 1_767_261_600_000L;

    @Override
    public String name() {
        return "live streams";
    }

    @Override
    public Map<String, Object> run(SparkEngine engine, Path scratch) throws Exception {
        Path input = scratch.resolve("events");
        EventFiles files = new EventFiles(input, "cluster");
        SyntheticEvents events = new SyntheticEvents(99);
        long emitted = System.currentTimeMillis();
        List<Path> written = new ArrayList<>();
        for (int f = 0; f < FILES; f++) {
            written.add(files.write(events.next(PER_FILE, T0 + f * 30_000L, 30_000, emitted)));
        }
        // A single page view (no product) ten minutes on: it moves the watermark, so the sessions before it close.
        written.add(files.write(events.next(1, T0 + 10 * 60_000L, 1_000, emitted)));
        // One file a batch in a fixed order (the file source sorts by modification time): the same batches on both sides.
        for (int i = 0; i < written.size(); i++) {
            Files.setLastModifiedTime(written.get(i), FileTime.fromMillis(emitted - 60_000 + i * 1_000L));
        }
        LiveStreamConfig config = LiveStreamConfig.defaults().withTrigger(LiveTrigger.availableNow()).withScope("cluster-it")
                .withSessionGap(Duration.ofSeconds(20));
        LiveStreamService service = new LiveStreamService(engine, LiveInput.jsonFolder(input, 1), config);
        service.startAllFresh();
        service.whenAllEnded().get(4, TimeUnit.MINUTES);

        Map<String, Object> values = new LinkedHashMap<>();
        for (QueryStatus s : service.status()) {
            values.put(s.view() + " state, input rows", s.state() + (s.message().isEmpty() ? "" : " " + s.message()) + ", " + s.inputRows());
        }
        EventCounts counts = service.eventCounts();
        StringJoiner perWindow = new StringJoiner(" ");
        for (int w = 0; w < counts.windowStartMs().length; w++) {
            perWindow.add((counts.windowStartMs()[w] - T0) / 1000 + "s:" + counts.total(w));
        }
        values.put("event counts per window", perWindow.toString());
        Revenue revenue = service.revenue();
        StringJoiner rev = new StringJoiner(" ");
        for (int i = 0; i < revenue.windowStartMs().length; i++) {
            rev.add(String.format(Locale.ROOT, "%.2f/%d", revenue.revenue()[i], revenue.purchases()[i]));
        }
        values.put("revenue per sliding minute", rev.toString());
        TopProducts top = service.topProducts();
        values.put("top products", top.products().stream().map(p -> p.productId() + ":" + p.events()).toList());
        Funnel funnel = service.funnel();
        long[] perStep = new long[funnel.steps().size()];
        for (int st = 0; st < perStep.length; st++) {
            perStep[st] = java.util.Arrays.stream(funnel.sessions()[st]).sum();
        }
        values.put("funnel sessions per step, all minutes", java.util.Arrays.toString(perStep));
        Sessions sessions = service.sessions();
        values.put("closed sessions, active session-buckets", java.util.Arrays.stream(sessions.endedSessions()).sum() + ", "
                + java.util.Arrays.stream(sessions.activeSessions()).sum());
        return values;
    }
}
