package io.sparkworkbench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file system for file: paths (decisions 0004, 0043): raw everywhere, and on Windows one that never runs
 * chmod (winutils.exe there) with checkpoints through the FileSystem API.
 */
class LocalFileSystemsTest {

    @TempDir
    java.nio.file.Path folder;

    @Test
    void rawEverywhereAndNoChmodWithFileSystemCheckpointsOnWindows() throws Exception {
        SparkConf unix = LocalFileSystems.configure(new SparkConf(false), false);
        assertThat(unix.get("spark.hadoop.fs.file.impl")).isEqualTo(RawLocalFileSystem.class.getName());
        assertThat(unix.contains(LocalFileSystems.CHECKPOINT_MANAGER_KEY)).isFalse();

        SparkConf windows = LocalFileSystems.configure(new SparkConf(false), true);
        assertThat(windows.get("spark.hadoop.fs.file.impl")).isEqualTo(NoChmodLocalFileSystem.class.getName());
        // Spark moved this class between 3.x and 4.1: a name that no longer loads would fail every stream on Windows.
        Class<?> manager = Class.forName(windows.get(LocalFileSystems.CHECKPOINT_MANAGER_KEY));
        assertThat(Class.forName("org.apache.spark.sql.execution.streaming.checkpointing.CheckpointFileManager")
                .isAssignableFrom(manager)).isTrue();
    }

    @Test
    void filesAndFoldersAreMadeWithoutChangingTheirPermissions() throws Exception {
        Set<PosixFilePermission> javaDefault = Files.getPosixFilePermissions(Files.createFile(folder.resolve("plain")));
        Set<PosixFilePermission> javaDirDefault = Files.getPosixFilePermissions(Files.createDirectory(folder.resolve("plain-dir")));
        FsPermission ownerOnly = new FsPermission((short) 0600);
        FsPermission ownerOnlyDir = new FsPermission((short) 0700);

        // The raw file system applies them (here with the chmod command, on Windows with winutils.exe) ...
        try (FileSystem raw = initialized(new RawLocalFileSystem())) {
            raw.create(new Path(folder.resolve("raw.txt").toUri()), ownerOnly, true, 4096, (short) 1, 1 << 20, null).close();
            raw.mkdirs(new Path(folder.resolve("raw-dir").toUri()), ownerOnlyDir);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("raw.txt")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("raw-dir")))).isEqualTo("rwx------");

        // ... this one leaves files as Java makes them, and still writes, renames and lists.
        try (FileSystem noChmod = initialized(new NoChmodLocalFileSystem())) {
            Path file = new Path(folder.resolve("a/b/plain.txt").toUri());
            try (var out = noChmod.create(file, ownerOnly, true, 4096, (short) 1, 1 << 20, null)) {
                out.writeBytes("written");
            }
            noChmod.mkdirs(new Path(folder.resolve("no-chmod-dir").toUri()), ownerOnlyDir);
            noChmod.setOwner(file, "nobody", "nogroup");
            assertThat(noChmod.rename(file, new Path(folder.resolve("a/b/renamed.txt").toUri()))).isTrue();
            assertThat(noChmod.listStatus(new Path(folder.resolve("a/b").toUri()))).hasSize(1);
        }
        assertThat(Files.readString(folder.resolve("a/b/renamed.txt"))).isEqualTo("written");
        assertThat(Files.getPosixFilePermissions(folder.resolve("a/b/renamed.txt"))).isEqualTo(javaDefault);
        assertThat(Files.getPosixFilePermissions(folder.resolve("no-chmod-dir"))).isEqualTo(javaDirDefault);
        assertThat(Files.getPosixFilePermissions(folder.resolve("a"))).isEqualTo(javaDirDefault);
    }

    private static FileSystem initialized(FileSystem fs) throws Exception {
        fs.initialize(URI.create("file:///"), new Configuration());
        return fs;
    }
}
