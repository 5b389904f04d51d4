package io.sparkworkbench.engine.stream.query;

import java.time.Duration;

/**
 * How the live queries run. {@code scope} is appended to every query's name (and so to its checkpoint
 * folder): empty for the app, a test's own word in tests so they never resume each other's checkpoints.
 * The view names ({@code live_event_counts}, ...) do not change with it.
 *
 * @param watermark how late an event may arrive (event time behind the latest seen) and still be counted
 * @param sessionGap the inactivity that closes a session window
 * @param alertFactor the event-rate alert fires when a window holds this many times its rolling mean
 */
public record LiveStreamConfig(LiveTrigger trigger, Duration watermark, Duration sessionGap, double alertFactor, String scope) {

    public LiveStreamConfig {
        if (watermark.isNegative() || sessionGap.isNegative() || sessionGap.isZero()) {
            throw new IllegalArgumentException("watermark must be ≥ 0 and the session gap > 0: " + watermark + ", " + sessionGap);
        }
        if (!(alertFactor > 1)) {
            throw new IllegalArgumentException("the alert factor must be above 1, not " + alertFactor);
        }
        scope = scope == null ? "" : scope;
    }

    /** The app's defaults: a 1 s trigger, a 1-minute watermark, 5-minute session gaps, alert at 3× the mean. */
    public static LiveStreamConfig defaults() {
        return new LiveStreamConfig(LiveTrigger.every(Duration.ofSeconds(1)), Duration.ofMinutes(1), Duration.ofMinutes(5), 3.0, "");
    }

    public LiveStreamConfig withTrigger(LiveTrigger newTrigger) {
        return new LiveStreamConfig(newTrigger, watermark, sessionGap, alertFactor, scope);
    }

    public LiveStreamConfig withScope(String newScope) {
        return new LiveStreamConfig(trigger, watermark, sessionGap, alertFactor, newScope);
    }

    public LiveStreamConfig withSessionGap(Duration gap) {
        return new LiveStreamConfig(trigger, watermark, gap, alertFactor, scope);
    }

    String watermarkSpark() {
        return watermark.toMillis() + " milliseconds";
    }
}
