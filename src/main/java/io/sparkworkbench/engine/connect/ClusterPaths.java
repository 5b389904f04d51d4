package io.sparkworkbench.engine.connect;

import io.sparkworkbench.engine.EngineSettings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a path on this computer is a trap on the configured cluster: executors on other machines read
 * files themselves, so a local path works only if every worker sees the same file at the same path.
 */
public final class ClusterPaths {

    /** A URI scheme other than file: (hdfs://, s3a://, abfss://…): storage the executors reach themselves. */
    private static final Pattern REMOTE_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+://.*");

    private ClusterPaths() {
    }

    /** The warning to show beside the path, or empty when it is fine (local session, loopback cluster, hdfs://…). */
    public static Optional<String> warningFor(EngineSettings settings, String path) {
        if (settings == null || path == null || path.isBlank() || settings.isLocal()) {
            return Optional.empty();
        }
        String trimmed = path.strip();
        if (REMOTE_SCHEME.matcher(trimmed).matches() && !trimmed.startsWith("file:")) {
            return Optional.empty();
        }
        if (MasterAddresses.isStandalone(settings.masterUrl()) && onThisMachine(settings.masterUrl())) {
            // A cluster on loopback runs its workers here: they read the same disk.
            return Optional.empty();
        }
        return Optional.of("Spark runs on the cluster " + settings.masterUrl() + ": its executors read " + trimmed
                + " themselves, so that path must exist on every worker (a shared folder); otherwise they fail with"
                + " 'file not found'.");
    }

    public static Optional<String> warningFor(EngineSettings settings, Path path) {
        return path == null ? Optional.empty() : warningFor(settings, path.toAbsolutePath().toString());
    }

    private static boolean onThisMachine(String masterUrl) {
        try {
            // Literal names only: this runs on the JavaFX thread, where a DNS lookup could hang.
            return MasterAddresses.parse(masterUrl).stream().allMatch(m -> DriverAddress.isLoopbackLiteral(m.host()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
