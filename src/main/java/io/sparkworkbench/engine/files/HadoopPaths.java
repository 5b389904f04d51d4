package io.sparkworkbench.engine.files;

import java.nio.file.Path;

/**
 * A local path as Spark's readers need it. Spark hands paths to Hadoop, which treats {@code * ? [ ] { } \}
 * as glob syntax, so a file named {@code sales[1].csv} would match nothing (or another file). Hadoop's
 * glob syntax escapes them with a backslash; {@code %}, {@code #} and spaces need nothing because Hadoop
 * builds the URI from the path with the multi-argument {@link java.net.URI} constructors, which quote them.
 */
final class HadoopPaths {

    private static final String GLOB_CHARACTERS = "\\*?[]{}";

    private HadoopPaths() {
    }

    /** {@code file:} plus the absolute path with glob characters escaped: exactly this file or folder. */
    static String literal(Path path) {
        String absolute = path.toAbsolutePath().normalize().toString();
        StringBuilder escaped = new StringBuilder(absolute.length() + 8).append("file:");
        for (int i = 0; i < absolute.length(); i++) {
            char c = absolute.charAt(i);
            if (GLOB_CHARACTERS.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
