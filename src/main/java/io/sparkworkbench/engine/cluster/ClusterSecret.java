package io.sparkworkbench.engine.cluster;

import io.sparkworkbench.engine.connect.SecretFile;
import io.sparkworkbench.engine.connect.SharedSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared secret of a cluster started with {@code --authenticate}: 256 random bits in the config folder,
 * readable by the owner only (rw-------), created with those permissions rather than narrowed afterwards.
 * It reaches the daemons through their environment, never their command line (ADR 0011), and a driver
 * of this app through {@link #forMaster}. Never logged.
 */
public final class ClusterSecret {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterSecret.class);

    private ClusterSecret() {
    }

    /** Writes a fresh secret to {@code file} (replacing any older one) and returns it. */
    static String create(Path file) {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        try {
            SecretFile.at(file).write(SharedSecret.of(secret));
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the cluster secret " + file + ": " + e.getMessage(), e);
        }
    }

    static Optional<String> read(Path file) {
        try {
            SharedSecret secret = SecretFile.at(file).read();
            return secret.isSet() ? Optional.of(secret.reveal()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the cluster secret " + file + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the cluster secret " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The secret a driver needs for {@code masterUrl}: present only when that is the master of the local
     * cluster recorded in {@code layout} and it was started with {@code --authenticate}. Any other master
     * gets nothing, so the secret is never offered to a cluster this app did not start.
     */
    public static Optional<String> forMaster(String masterUrl, ClusterLayout layout) {
        if (!masterUrl.startsWith("spark://")) {
            return Optional.empty();
        }
        Optional<ClusterState> state;
        try {
            state = ClusterState.read(layout.stateFile());
        } catch (RuntimeException e) {
            LOG.warn("No cluster secret offered to {}: {}", masterUrl, e.getMessage());
            return Optional.empty();
        }
        return state.filter(s -> s.spec().authenticate() && s.masterUrl().equals(masterUrl))
                .flatMap(s -> read(layout.secretFile()));
    }
}
