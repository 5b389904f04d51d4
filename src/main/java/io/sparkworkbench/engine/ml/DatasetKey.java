package io.sparkworkbench.engine.ml;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.dataset.DatasetManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Which data set a model was trained on: a fingerprint of the folder and its manifest (or, without one,
 * of its files' names, sizes and times), so a model saved for one data set is never applied to another.
 * For a data set this app generated it also knows the seed and customer count, from which the planted
 * segments are recomputed.
 */
public record DatasetKey(Path folder, String fingerprint, OptionalLong seed, OptionalLong customers) {

    public static DatasetKey of(Path datasetFolder) {
        Path folder = datasetFolder.toAbsolutePath().normalize();
        MessageDigest digest = sha256();
        digest.update(folder.toString().getBytes(StandardCharsets.UTF_8));
        Path manifestFile = folder.resolve(DatasetManifest.FILE_NAME);
        try {
            if (Files.isRegularFile(manifestFile)) {
                digest.update(Files.readAllBytes(manifestFile));
            } else {
                for (String line : fileListing(folder)) {
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new EngineException("Cannot read the data set in " + folder + " to fingerprint it: " + e.getMessage(), e);
        }
        String name = folder.getFileName() == null ? "dataset" : folder.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "_");
        String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        Optional<DatasetManifest.TableEntry> customers = DatasetManifest.read(folder).map(m -> m.tables().get("customers"));
        OptionalLong seed = customers.map(e -> parseLong(e.seed())).orElse(OptionalLong.empty());
        OptionalLong count = customers.filter(e -> e.rows() > 0).map(e -> OptionalLong.of(e.rows())).orElse(OptionalLong.empty());
        return new DatasetKey(folder, name + "-" + hash, seed, count);
    }

    /** True when this app generated the customers, so their latent segments can be recomputed. */
    public boolean generated() {
        return seed.isPresent() && customers.isPresent();
    }

    /** {@code <data folder>/models/<fingerprint>/<model>}. */
    public Path modelFolder(Path dataFolder, String model) {
        return dataFolder.resolve("models").resolve(fingerprint).resolve(model);
    }

    private static List<String> fileListing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(Files::isRegularFile).sorted().map(p -> {
                try {
                    return folder.relativize(p) + ":" + Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis() + "\n";
                } catch (IOException e) {
                    return folder.relativize(p) + ":?\n";
                }
            }).toList();
        }
    }

    private static OptionalLong parseLong(String text) {
        try {
            return text == null || text.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
