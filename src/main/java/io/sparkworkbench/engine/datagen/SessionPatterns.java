package io.sparkworkbench.engine.datagen;

import java.util.SplittableRandom;

/**
 * Clickstream events come in blocks of {@link #BLOCK} consecutive ids; each block is cut into sessions
 * of varied length by one of {@link #PATTERNS} seeded patterns. Looking up an event's offset in its
 * block's pattern gives its session, its position and the session's length: variable-length sessions
 * and an exact event count, with no window functions.
 */
final class SessionPatterns {

    static final int BLOCK = 24;
    static final int PATTERNS = 32;
    private static final double MEAN_SESSION_LENGTH = 4.5;

    final int[] sessionIndex = new int[BLOCK * PATTERNS];
    final int[] position = new int[BLOCK * PATTERNS];
    final int[] length = new int[BLOCK * PATTERNS];

    SessionPatterns(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5e55_10a5L);
        for (int p = 0; p < PATTERNS; p++) {
            int offset = 0;
            int session = 0;
            while (offset < BLOCK) {
                int len = Math.min(BLOCK - offset, 1 + geometric(random));
                for (int i = 0; i < len; i++) {
                    int at = p * BLOCK + offset + i;
                    sessionIndex[at] = session;
                    position[at] = i;
                    length[at] = len;
                }
                offset += len;
                session++;
            }
        }
    }

    private static int geometric(SplittableRandom random) {
        double u = random.nextDouble();
        return (int) Math.min(15, Math.floor(Math.log(1 - u) / Math.log(1 - 1 / MEAN_SESSION_LENGTH)));
    }
}
