package io.sparkworkbench.engine.stream.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which input files a file-source streaming query has consumed for good, read from its checkpoint: the file
 * source logs each batch's files in {@code sources/0/<batch>} (compacted every few batches into
 * {@code <batch>.compact}, one JSON entry per line with {@code path} and {@code batchId}), and
 * {@code commits/<batch>} appears once the batch's output is committed. A file of a committed batch is never
 * read again, not even after a restart: deleting it loses nothing. Parsed log files are cached by size and
 * time, since the compacted log grows with every file the query has ever read.
 */
final class ConsumedFiles {

    private static final Pattern BATCH_FILE = Pattern.compile("(\\d+)(\\.compact)?");
    private static final Pattern ENTRY = Pattern.compile("\"path\":\"([^\"]*)\".*?\"batchId\":(\\d+)");

    private final Map<Path, CachedLog> cache = new HashMap<>();

    private record CachedLog(long size, long modified, List<Entry> entries) {
    }

    private record Entry(String fileName, long batchId) {
    }

    /** Names of the input files of batches the query in {@code checkpoint} has committed. */
    Set<String> committedFileNames(Path checkpoint) {
        OptionalLong lastCommit = lastBatch(checkpoint.resolve("commits"));
        Set<String> names = new HashSet<>();
        if (lastCommit.isEmpty()) {
            return names;
        }
        Path sourceLog = checkpoint.resolve("sources").resolve("0");
        if (!Files.isDirectory(sourceLog)) {
            return names;
        }
        try (Stream<Path> files = Files.list(sourceLog)) {
            for (Path log : files.filter(f -> BATCH_FILE.matcher(f.getFileName().toString()).matches()).toList()) {
                for (Entry entry : entries(log)) {
                    if (entry.batchId() <= lastCommit.getAsLong()) {
                        names.add(entry.fileName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static OptionalLong lastBatch(Path folder) {
        if (!Files.isDirectory(folder)) {
            return OptionalLong.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d+")).mapToLong(Long::parseLong).max();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Entry> entries(Path log) throws IOException {
        long size;
        long modified;
        try {
            size = Files.size(log);
            modified = Files.getLastModifiedTime(log).toMillis();
        } catch (java.nio.file.NoSuchFileException gone) {
            return List.of(); // compaction removed it; its entries are in the .compact file
        }
        CachedLog cached = cache.get(log);
        if (cached != null && cached.size() == size && cached.modified() == modified) {
            return cached.entries();
        }
        List<Entry> entries;
        try {
            entries = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .map(ENTRY::matcher).filter(Matcher::find)
                    .map(m -> new Entry(fileName(m.group(1)), Long.parseLong(m.group(2))))
                    .toList();
        } catch (java.nio.file.NoSuchFileException gone) {
            return List.of();
        }
        cache.put(log, new CachedLog(size, modified, entries));
        return entries;
    }

    private static String fileName(String path) {
        String decoded;
        try {
            decoded = URI.create(path).getPath();
        } catch (IllegalArgumentException e) {
            decoded = path;
        }
        if (decoded == null) {
            decoded = path;
        }
        return decoded.substring(decoded.lastIndexOf('/') + 1);
    }
}
