package io.sparkworkbench.app;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the command line asks for: the window (no arguments, or only .sql/.parquet files, as a desktop file
 * association or a file manager passes them, {@code %F}), or the headless CLI (a subcommand or an option).
 * Decided from the words alone, without touching the disk: a missing file still opens the window, which says so.
 */
public record LaunchArguments(boolean window, List<Path> files) {

    private static final java.util.regex.Pattern OTHER_URI = java.util.regex.Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+://");

    /** What the window opens a file as, from its name. */
    public enum FileKind { SQL, PARQUET }

    public LaunchArguments {
        files = List.copyOf(files);
    }

    /**
     * The window when there are no arguments or every argument names a .sql or .parquet file (a path or a
     * {@code file:} URI); anything else, e.g. {@code sql -e "select 1"}, {@code --version} or a typo, goes to
     * the CLI unchanged, which answers it as it always has.
     */
    public static LaunchArguments classify(String... args) {
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path file = asFile(arg);
            if (file == null) {
                return new LaunchArguments(false, List.of());
            }
            files.add(file);
        }
        return new LaunchArguments(true, files);
    }

    /** The kind of an argument the window opens; only called for files {@link #classify} accepted. */
    public static FileKind kindOf(Path file) {
        return lowerName(file).endsWith(".sql") ? FileKind.SQL : FileKind.PARQUET;
    }

    private static Path asFile(String arg) {
        // Options and "--" belong to picocli, even when a file name follows.
        if (arg.isBlank() || arg.startsWith("-")) {
            return null;
        }
        boolean fileUri = arg.regionMatches(true, 0, "file:", 0, 5);
        if (!fileUri && OTHER_URI.matcher(arg).find()) {
            // http://…, hdfs://…: not a file the window can open; the CLI says it does not know the word.
            return null;
        }
        Path path;
        try {
            path = fileUri ? Path.of(URI.create(arg)) : Path.of(arg);
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
        if (path.getFileName() == null) {
            return null;
        }
        String name = lowerName(path);
        return name.endsWith(".sql") || name.endsWith(".parquet") ? path : null;
    }

    private static String lowerName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
