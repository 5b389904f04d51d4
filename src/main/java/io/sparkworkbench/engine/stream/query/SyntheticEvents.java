package io.sparkworkbench.engine.stream.query;

import io.sparkworkbench.engine.stream.LiveEventSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic clickstream for the benchmark and tests: sessions walking the funnel (every session views a
 * page; 70% go on to a product, 35% of those to the cart, 60% of those to checkout, 80% of those buy), each
 * step a few hundred milliseconds of event time after the last. A stand-in for the app's simulator where a
 * test or the benchmark needs a known number of events without it.
 */
public final class SyntheticEvents {

    private static final String[] DEVICES = {"desktop", "mobile", "tablet"};
    private static final String[] REFERRERS = {"direct", "search", "social", "email"};
    private static final String[] CATEGORIES = {"books", "electronics", "garden", "toys"};

    private final SplittableRandom random;
    private long nextEventId = 1;
    private long nextSession = 1;

    public SyntheticEvents(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * {@code count} events with event times from {@code fromMs} over {@code spanMs}, written at {@code emittedMs}:
     * whole sessions until the count is reached (the last one cut short).
     */
    public List<LiveEvent> next(int count, long fromMs, long spanMs, long emittedMs) {
        List<LiveEvent> out = new ArrayList<>(count);
        while (out.size() < count) {
            long session = nextSession++;
            Long customer = random.nextInt(4) == 0 ? null : (long) random.nextInt(10_000) + 1;
            String device = DEVICES[random.nextInt(DEVICES.length)];
            String referrer = REFERRERS[random.nextInt(REFERRERS.length)];
            long product = random.nextInt(500) + 1;
            String category = CATEGORIES[(int) (product % CATEGORIES.length)];
            long t = fromMs + (spanMs <= 0 ? 0 : random.nextLong(spanMs));
            double[] goOn = {1.0, 0.7, 0.35, 0.6, 0.8};
            for (int step = 0; step < goOn.length && out.size() < count; step++) {
                if (step > 0 && random.nextDouble() >= goOn[step]) {
                    break;
                }
                String type = LiveEventSchema.EVENT_TYPES.get(step);
                boolean withProduct = step > 0;
                Double amount = step == 4 ? Math.round((10 + random.nextDouble() * 190) * 100) / 100.0 : null;
                out.add(new LiveEvent(nextEventId++, session, customer, Math.min(t, fromMs + Math.max(spanMs, 1) - 1), type,
                        withProduct ? product : null, withProduct ? category : null, amount, device, referrer, emittedMs));
                t += 100 + random.nextInt(400);
            }
        }
        return out;
    }
}
