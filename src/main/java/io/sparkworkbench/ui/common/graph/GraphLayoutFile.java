package io.sparkworkbench.ui.common.graph;

import io.sparkworkbench.chart.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * Reads and writes {@link LayoutPositions} as a small binary file: the magic {@code SWGL}, a format
 * version, the node count, then per node its id (long) and x, y (floats), all big-endian, and a CRC-32
 * of everything before it. Written atomically (a crash never leaves half a file); a damaged, truncated
 * or foreign file is refused with a message naming the file and the problem. File IO: never call it on
 * the JavaFX thread; the caller picks the path (the graph tab: {@code layouts/<dataset>/<graph>.bin}).
 */
public final class GraphLayoutFile {

    static final int MAGIC = 0x5357474c; // "SWGL"
    static final int VERSION = 1;
    private static final int HEADER = 12;
    private static final int PER_NODE = 16;

    private GraphLayoutFile() {
    }

    public static void write(Path file, LayoutPositions positions) throws IOException {
        byte[] bytes = encode(positions);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    public static LayoutPositions read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file.toString());
    }

    static byte[] encode(LayoutPositions p) {
        int n = p.size();
        ByteBuffer b = ByteBuffer.allocate(HEADER + n * PER_NODE + 4).order(ByteOrder.BIG_ENDIAN);
        b.putInt(MAGIC).putInt(VERSION).putInt(n);
        for (int k = 0; k < n; k++) {
            b.putLong(p.ids()[k]).putFloat(p.x()[k]).putFloat(p.y()[k]);
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putInt((int) crc.getValue());
        return b.array();
    }

    static LayoutPositions decode(byte[] bytes, String name) throws IOException {
        if (bytes.length < HEADER + 4) {
            throw new IOException(name + " is not a graph layout file: only " + bytes.length + " bytes");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        if (b.getInt() != MAGIC) {
            throw new IOException(name + " is not a graph layout file (it does not start with SWGL)");
        }
        int version = b.getInt();
        if (version != VERSION) {
            throw new IOException(name + " is a graph layout file of format version " + version
                    + "; this version of the app reads version " + VERSION);
        }
        int n = b.getInt();
        long expected = HEADER + (long) n * PER_NODE + 4;
        if (n < 0 || expected != bytes.length) {
            throw new IOException(name + " is damaged: it says " + n + " nodes, which take " + expected
                    + " bytes, but it has " + bytes.length + " (truncated or overwritten?)");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).order(ByteOrder.BIG_ENDIAN).getInt();
        if (stored != (int) crc.getValue()) {
            throw new IOException(name + " is damaged: its checksum does not match its contents");
        }
        long[] ids = new long[n];
        float[] x = new float[n];
        float[] y = new float[n];
        for (int k = 0; k < n; k++) {
            ids[k] = b.getLong();
            x[k] = b.getFloat();
            y[k] = b.getFloat();
            if (!Float.isFinite(x[k]) || !Float.isFinite(y[k])) {
                throw new IOException(name + " is damaged: node " + ids[k] + " (entry " + k + ") has position "
                        + x[k] + ", " + y[k]);
            }
        }
        return new LayoutPositions(ids, x, y);
    }
}
