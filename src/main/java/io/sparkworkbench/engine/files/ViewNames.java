package io.sparkworkbench.engine.files;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * View names the import suggests and accepts: letters, digits and _, not starting with a digit (the
 * same rule as the command line's NAME=PATH views), so they can be used in SQL without backquotes.
 * SQL keywords are accepted: Spark does not reserve them unless {@code spark.sql.ansi.enforceReservedKeywords} is on.
 */
final class ViewNames {

    private static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern EXTENSION = Pattern.compile(
            "(?i)\\.(csv|tsv|tab|txt|psv|json|jsonl|ndjson|parquet|orc|gz|bz2|snappy|zst|lz4|deflate)$");
    private static final int MAX_LENGTH = 128;

    private ViewNames() {
    }

    static String suggest(Path path) {
        Path fileName = path.toAbsolutePath().normalize().getFileName();
        String name = fileName == null ? "" : fileName.toString();
        String stripped;
        while (!(stripped = EXTENSION.matcher(name).replaceFirst("")).equals(name) && !stripped.isEmpty()) {
            name = stripped;
        }
        // Accented letters keep their base letter (données -> donnees) rather than becoming _.
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String view = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
        if (view.isEmpty()) {
            return "imported";
        }
        if (Character.isDigit(view.charAt(0))) {
            view = "t_" + view;
        }
        return view.length() > MAX_LENGTH ? view.substring(0, MAX_LENGTH) : view;
    }

    static Optional<String> check(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("Enter a view name");
        }
        if (VALID.matcher(name).matches()) {
            return name.length() > MAX_LENGTH
                    ? Optional.of("View name is " + name.length() + " characters long; at most " + MAX_LENGTH)
                    : Optional.empty();
        }
        if (Character.isDigit(name.charAt(0))) {
            return Optional.of("View name '" + name + "' starts with a digit: start it with a letter or _");
        }
        String bad = name.codePoints().filter(c -> !(c < 128 && (Character.isLetterOrDigit(c) || c == '_')))
                .distinct().limit(5).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Optional.of("View name '" + name + "' may only have letters, digits and _ (not '" + bad + "')");
    }
}
