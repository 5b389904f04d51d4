package io.sparkworkbench.engine.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Which data files some tables of a folder hold: a digest of each file's path in the folder and its size. Spark
 * names every file it writes with a fresh UUID, so rewriting a table changes the digest; reading it costs a listing,
 * not a pass over the data.
 */
public final class TableFilesFingerprint {

    private TableFilesFingerprint() {
    }

    /** Empty when a table's folder is missing or holds no data file: there is nothing a summary could describe. */
    public static Optional<String> of(Path folder, List<String> tables) {
        MessageDigest digest = sha256();
        for (String table : tables.stream().sorted().toList()) {
            Path dir = folder.resolve(table);
            List<Path> files;
            try {
                files = DataFiles.list(dir);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (files.isEmpty()) {
                return Optional.empty();
            }
            for (Path file : files) {
                try {
                    String line = folder.relativize(file).toString().replace('\\', '/') + "\t" + Files.size(file) + "\n";
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** SHA-256, which every JDK has. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
