package io.sparkworkbench.app.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Spark writes a CSV table as a folder of part files, each with its own header line; a user imports one
 * file. This joins the parts into one file with a single header (the first part's), byte for byte, and
 * cuts a small file of the first lines for warming up.
 */
final class CsvParts {

    private CsvParts() {
    }

    /** Writes {@code parts} in the order given into {@code target}, keeping only the first header; returns the bytes written. */
    static long concat(List<Path> parts, Path target) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            boolean first = true;
            boolean endsWithNewline = true;
            for (Path part : parts) {
                long skip = first ? 0 : headerLength(part);
                try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
                    long size = in.size();
                    if (size <= skip) {
                        continue;
                    }
                    if (!endsWithNewline) {
                        out.write(ByteBuffer.wrap(new byte[] {'\n'}));
                    }
                    for (long pos = skip; pos < size; ) {
                        pos += in.transferTo(pos, size - pos, out);
                    }
                    ByteBuffer last = ByteBuffer.allocate(1);
                    in.read(last, size - 1);
                    endsWithNewline = last.get(0) == '\n';
                }
                first = false;
            }
            return out.size();
        }
    }

    /**
     * The first whole lines of {@code source} (its header always, then as many lines as fit in
     * {@code maxBytes}) into {@code target}; returns the bytes written.
     */
    static long head(Path source, Path target, long maxBytes) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source));
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(target, StandardOpenOption.CREATE_NEW))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long written = 0;
            int b;
            while ((b = in.read()) != -1) {
                line.write(b);
                if (b == '\n') {
                    if (written > 0 && written + line.size() > maxBytes) {
                        return written;
                    }
                    line.writeTo(out);
                    written += line.size();
                    line.reset();
                }
            }
            if (line.size() > 0 && (written == 0 || written + line.size() <= maxBytes)) {
                line.writeTo(out);
                written += line.size();
            }
            return written;
        }
    }

    /** Bytes up to and including the first line break (the header; generated headers hold no quoted line breaks). */
    static long headerLength(Path part) throws IOException {
        try (InputStream in = Files.newInputStream(part)) {
            long n = 0;
            int b;
            while ((b = in.read()) != -1) {
                n++;
                if (b == '\n') {
                    return n;
                }
            }
            return n;
        }
    }
}
