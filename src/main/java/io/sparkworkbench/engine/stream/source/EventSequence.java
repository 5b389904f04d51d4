package io.sparkworkbench.engine.stream.source;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The simulator's events in order, a pure function of the seed and of what is asked of it (emission times,
 * flash sale, how many visits run at once): the same seed gives the same events, differing only in their
 * timestamps. Many visits are open at once and each event comes from one of them drawn at random, so sessions
 * interleave as on a real site while each walks its own funnel in order.
 *
 * <p>A share of events is late: its {@code event_ts} lies before its {@code emitted_ts} (a phone that was
 * offline, a batching SDK). Most late events are 2-55 s late, inside a one-minute watermark; the rest,
 * {@link #BEYOND_WATERMARK_SHARE} of them, 61 s to 5 min, beyond it, so a windowed query drops and counts them.
 */
final class EventSequence {

    static final double BEYOND_WATERMARK_SHARE = 0.3;
    static final long WATERMARK_MILLIS = 60_000;
    private static final long MIN_LATE_MILLIS = 2_000;
    private static final long MAX_LATE_INSIDE_MILLIS = 55_000;
    private static final long MIN_LATE_BEYOND_MILLIS = 61_000;
    private static final long MAX_LATE_BEYOND_MILLIS = 300_000;

    private final SplittableRandom random;
    private final SessionPlanner planner;
    private final ProductCatalogue catalogue;
    private final List<SessionPlanner.PlannedSession> open = new ArrayList<>();
    private long nextEventId;
    private long nextSessionId;

    EventSequence(long seed, long idBase, SessionPlanner planner, ProductCatalogue catalogue) {
        this.random = new SplittableRandom(seed);
        this.planner = planner;
        this.catalogue = catalogue;
        this.nextEventId = idBase + 1;
        this.nextSessionId = idBase + 1;
    }

    /**
     * The next event, emitted at {@code emittedMillis}. {@code openVisits} is how many visits run at once (the
     * simulator scales it with the rate, so a visit's events stay seconds apart); new visits start as others end.
     */
    LiveEvent next(long emittedMillis, boolean flashSale, int openVisits, double lateShare) {
        while (open.size() < openVisits) {
            open.add(planner.plan(nextSessionId++, flashSale, random));
        }
        int pick = random.nextInt(open.size());
        SessionPlanner.PlannedSession session = open.get(pick);
        int step = session.next++;
        if (session.done()) {
            // Swap-remove: order in the list does not matter, only the seeded draws do.
            open.set(pick, open.get(open.size() - 1));
            open.remove(open.size() - 1);
        }
        String type = session.types[step];
        int product = session.productAt[step];
        long eventTs = emittedMillis - lateness(lateShare);
        return new LiveEvent(nextEventId++, session.sessionId, session.customerId, eventTs, type,
                product < 0 ? LiveEvent.NONE : catalogue.id(product),
                product < 0 ? null : catalogue.category(product),
                SessionPlanner.PURCHASE.equals(type) ? session.purchaseAmount : LiveEvent.NO_AMOUNT,
                session.device, session.referrer, emittedMillis);
    }

    private long lateness(double lateShare) {
        if (random.nextDouble() >= lateShare) {
            return 0;
        }
        if (random.nextDouble() < BEYOND_WATERMARK_SHARE) {
            return random.nextLong(MIN_LATE_BEYOND_MILLIS, MAX_LATE_BEYOND_MILLIS + 1);
        }
        return random.nextLong(MIN_LATE_MILLIS, MAX_LATE_INSIDE_MILLIS + 1);
    }
}
