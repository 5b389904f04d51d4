package io.sparkworkbench.app.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Run in its own small-heap JVM by {@link HeapPeaksTest}: young garbage churns alone, then while long-lived chunks
 * pile up to {@code heldShare} of the heap, passing through the young pools into the old one: the young pools
 * peak in the first part, the old one in the second. Prints the heap's peak, what
 * was held and the maximum, in MB.
 */
public final class HeapPeaksChild {

    private HeapPeaksChild() {
    }

    public static void main(String[] args) {
        double heldShare = Double.parseDouble(args[0]);
        long maxBytes = Runtime.getRuntime().maxMemory();
        HeapPeaks.reset();
        long checksum = 0;
        // Garbage alone first: the young pools grow to their largest and are emptied again and again.
        for (int i = 0; i < 8 * (maxBytes / (64 * 1024)); i++) {
            byte[] garbage = new byte[64 * 1024];
            garbage[i % garbage.length] = (byte) i;
            checksum += garbage[0];
        }
        List<byte[]> held = new ArrayList<>();
        long heldBytes = 0;
        for (int i = 0; heldBytes < maxBytes * heldShare; i++) {
            byte[] garbage = new byte[64 * 1024];
            garbage[i % garbage.length] = (byte) i;
            checksum += garbage[0];
            if (i % 3 == 0) {
                held.add(new byte[64 * 1024]);
                heldBytes += 64 * 1024;
            }
        }
        System.out.println(HeapPeaks.peakMb() + " " + heldBytes / (1024 * 1024) + " " + maxBytes / (1024 * 1024) + " " + held.size() + " " + checksum);
    }
}
