package io.sparkworkbench.engine.stream.query;

import java.time.Duration;
import org.apache.spark.sql.streaming.Trigger;

/**
 * When the live queries run a micro-batch: every {@code interval} (the tab's control, the benchmark), or
 * once over whatever input is there ({@code once}) and then end (tests and the cluster suite, which need a query that
 * finishes by itself once everything is counted).
 */
public record LiveTrigger(Duration interval, boolean once) {

    public LiveTrigger {
        if (!once && (interval == null || interval.toMillis() < 100)) {
            throw new IllegalArgumentException("a trigger interval of at least 100 ms is needed, not " + interval);
        }
    }

    public static LiveTrigger every(Duration interval) {
        return new LiveTrigger(interval, false);
    }

    public static LiveTrigger availableNow() {
        return new LiveTrigger(Duration.ZERO, true);
    }

    public Trigger toSpark() {
        return once ? Trigger.AvailableNow() : Trigger.ProcessingTime(interval.toMillis());
    }

    @Override
    public String toString() {
        return once ? "available now" : "every " + interval.toMillis() + " ms";
    }
}
