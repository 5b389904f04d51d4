package io.sparkworkbench.engine;

import java.util.HashSet;
import java.util.Set;

/** Turns Spark's nested exceptions into one sentence a person can act on. */
public final class EngineErrors {

    private EngineErrors() {
    }

    public static String describe(Throwable error) {
        Throwable root = error;
        Set<Throwable> seen = new HashSet<>();
        String best = null;
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            root = t;
            if (t instanceof EngineException && t.getMessage() != null) {
                return t.getMessage();
            }
            if (best == null && t.getMessage() != null && !t.getMessage().isBlank()) {
                best = t.getMessage();
            }
        }
        String rootMessage = root.getMessage();
        if (rootMessage != null && !rootMessage.isBlank() && root != error) {
            String simple = root.getClass().getSimpleName();
            return firstLine(best) + (best != null && best.contains(rootMessage) ? "" : " (" + simple + ": " + firstLine(rootMessage) + ")");
        }
        return best == null ? error.getClass().getSimpleName() : firstLine(best);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        String line = nl < 0 ? text : text.substring(0, nl);
        return line.length() > 400 ? line.substring(0, 400) + "…" : line;
    }
}
