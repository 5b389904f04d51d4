package io.sparkworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The heap's high-water mark sees what a step held and never exceeds the heap the JVM may use. */
class HeapPeaksTest {

    @Test
    void thePeakCoversWhatWasHeldAndStaysWithinTheMaximumHeapThroughManyCollections() {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        HeapPeaks.reset();
        List<byte[]> held = new ArrayList<>();
        long checksum = 0;
        // Hold a quarter of the heap in old objects while young garbage forces collection after collection.
        for (int i = 0; i < 4_000; i++) {
            byte[] garbage = new byte[256 * 1024];
            garbage[i % garbage.length] = (byte) i;
            checksum += garbage[0];
            if (held.size() * 1024L * 1024 < maxMb * 1024 * 1024 / 4 && i % 4 == 0) {
                held.add(new byte[1024 * 1024]);
            }
        }
        long peak = HeapPeaks.peakMb();
        assertThat(peak).as("held %d MB (checksum %d)", held.size(), checksum).isGreaterThanOrEqualTo(held.size());
        assertThat(peak).as("the heap's peak within its maximum of %d MB", maxMb).isLessThanOrEqualTo(maxMb);
    }
}
