package io.sparkworkbench.engine.connect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The shared secret in its own file in the config folder, readable and writable by its owner only
 * (rw-------): the settings file is shared in bug reports, this one must not be.
 */
public final class SecretFile {

    static final String NAME = "connection.secret";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    private SecretFile(Path file) {
        this.file = file;
    }

    /** The user's connection secret in {@code configFolder}. */
    public static SecretFile connection(Path configFolder) {
        return new SecretFile(configFolder.resolve(NAME));
    }

    /** A secret file of another name (the loopback cluster's generated one), written the same owner-only way. */
    public static SecretFile at(Path file) {
        return new SecretFile(file);
    }

    public Path path() {
        return file;
    }

    /** The stored secret, or none when there is no file. */
    public SharedSecret read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return SharedSecret.none();
        }
        return SharedSecret.of(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Stores the secret (owner-only from its first byte on), or deletes the file when none is set. */
    public void write(SharedSecret secret) throws IOException {
        if (!secret.isSet()) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(file.getParent());
        Path temp;
        if (posix()) {
            // Created with the permissions, not chmod-ed afterwards: no moment in which others may read it.
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            temp.toFile().setReadable(false, false);
            temp.toFile().setReadable(true, true);
            temp.toFile().setWritable(false, false);
            temp.toFile().setWritable(true, true);
        }
        try {
            Files.writeString(temp, secret.reveal(), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
