package io.sparkworkbench.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a folder as a whole: the new content is written into a staging folder beside it and swapped in by
 * renames, so a write that fails half-way (full disk, Stop, a cancelled Spark job) leaves the previous folder in
 * place. The staging and backup folders have fixed names, so the next write clears what a crash left.
 */
public final class FolderSwap {

    private FolderSwap() {
    }

    @FunctionalInterface
    public interface Writer {
        void writeInto(Path staging) throws IOException;
    }

    /**
     * Writes {@code target}'s new content through {@code writer} into {@code <target><stagingSuffix>} and swaps it
     * in. On failure the staging folder is removed, the previous folder restored, and the writer's (or the rename's)
     * exception rethrown as it was, which may be Spark's checked SparkException thrown undeclared.
     */
    public static void replace(Path target, String stagingSuffix, Writer writer) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path staging = parent.resolve(target.getFileName() + stagingSuffix);
        Path backup = parent.resolve(target.getFileName() + ".previous");
        try {
            Files.createDirectories(parent);
            FileTrees.deleteQuietly(staging);
            writer.writeInto(staging);
            FileTrees.deleteQuietly(backup);
            if (Files.exists(target)) {
                Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            FileTrees.deleteQuietly(backup);
        } catch (Exception e) {
            FileTrees.deleteQuietly(staging);
            if (!Files.exists(target) && Files.exists(backup)) {
                try {
                    Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
    }
}
