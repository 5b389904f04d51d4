package io.sparkworkbench.engine.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Compressed text files Spark's readers decompress by extension; only gzip is also read by the preview. */
final class Compression {

    private static final Set<String> EXTENSIONS = Set.of("gz", "bz2", "deflate", "lz4", "snappy", "zst");

    private Compression() {
    }

    static Optional<String> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1)).filter(EXTENSIONS::contains);
    }
}
