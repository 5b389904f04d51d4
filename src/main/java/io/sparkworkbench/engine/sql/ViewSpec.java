package io.sparkworkbench.engine.sql;

import io.sparkworkbench.engine.dataset.DataFiles;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code NAME=PATH[:format]} from the command line: a view over a file or folder. The format comes from
 * the suffix, else from the file extension, else from the files in the folder.
 */
public record ViewSpec(String name, Path path, Optional<String> format) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> FORMATS = Set.of("parquet", "csv", "json", "orc");

    public static ViewSpec parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("View '" + text + "' must look like NAME=PATH or NAME=PATH:format");
        }
        String name = text.substring(0, eq);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("View name '" + name + "' must be letters, digits and _, not starting with a digit");
        }
        String rest = text.substring(eq + 1);
        int colon = rest.lastIndexOf(':');
        if (colon > 0 && FORMATS.contains(rest.substring(colon + 1).toLowerCase(Locale.ROOT))) {
            return new ViewSpec(name, Path.of(rest.substring(0, colon)), Optional.of(rest.substring(colon + 1).toLowerCase(Locale.ROOT)));
        }
        return new ViewSpec(name, Path.of(rest), Optional.empty());
    }

    /** The format to read with: the suffix given, the extension, or what the folder's files are. */
    String resolveFormat() {
        if (format.isPresent()) {
            return format.get();
        }
        String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String f : FORMATS) {
            if (file.endsWith("." + f)) {
                return f;
            }
        }
        if (file.endsWith(".jsonl") || file.endsWith(".ndjson")) {
            return "json";
        }
        if (file.endsWith(".tsv")) {
            return "csv";
        }
        if (java.nio.file.Files.isDirectory(path)) {
            return DataFiles.of(path).format().orElseThrow(() -> new InputFileException(
                    "Cannot tell the format of " + path + ": no .parquet, .csv or .json files in it; add :format to the view"));
        }
        throw new InputFileException("Cannot tell the format of " + path + ": add :parquet, :csv or :json to the view");
    }
}
