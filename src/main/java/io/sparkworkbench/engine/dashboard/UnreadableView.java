package io.sparkworkbench.engine.dashboard;

import io.sparkworkbench.engine.EngineErrors;
import java.io.FileNotFoundException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a registered view could not be read, in words a user acts on. The usual case is a view over files that were
 * deleted since (a pipeline run folder removed): Spark then speaks of FAILED_READ_FILE.FILE_NOT_EXIST or
 * PATH_NOT_FOUND with the file in the middle of a long sentence; this says "file … does not exist".
 */
final class UnreadableView {

    private static final Pattern MISSING_FILE = Pattern.compile(
            "(?:FILE_NOT_EXIST|PATH_NOT_FOUND|FileNotFoundException|does not exist)");
    /** The first path-like word of Spark's message: file:/…, hdfs://…, s3a://… or an absolute path. */
    private static final Pattern PATH = Pattern.compile("(?<![\\w.])((?:[a-z][a-z0-9+.-]*:)?/[^\\s,;'\"\\]]+)");

    private UnreadableView() {
    }

    static String problem(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof FileNotFoundException || MISSING_FILE.matcher(message).find()) {
                Matcher path = PATH.matcher(message);
                return path.find() ? "file " + trimSentenceEnd(path.group(1)) + " does not exist" : "its files do not exist";
            }
        }
        return EngineErrors.describe(error);
    }

    private static String trimSentenceEnd(String path) {
        return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }
}
