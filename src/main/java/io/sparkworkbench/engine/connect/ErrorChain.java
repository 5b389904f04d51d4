package io.sparkworkbench.engine.connect;

import java.util.IdentityHashMap;
import java.util.Map;

/** Reads a Spark RPC failure, whose meaning is often only in a cause's type or a remote stack trace's text. */
final class ErrorChain {

    private ErrorChain() {
    }

    /** Every type and message of the chain, one per line. */
    static String text(Throwable error) {
        StringBuilder text = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            text.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    /** True when a type of the chain has one of these simple names, or a message quotes one (remote failures). */
    static boolean has(Throwable error, String... simpleNames) {
        String text = text(error);
        for (String name : simpleNames) {
            if (text.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The deepest line of the chain that says something, for the message. */
    static String firstLine(String chain) {
        String[] lines = chain.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String trimmed = lines[i].strip();
            if (!lines[i].endsWith(": null") && !trimmed.isEmpty() && !trimmed.startsWith("at ")
                    && !trimmed.startsWith("...") && !trimmed.startsWith("Caused by")) {
                String line = lines[i];
                return line.length() > 300 ? line.substring(0, 300) + "…" : line;
            }
        }
        return lines.length == 0 ? "" : lines[0];
    }
}
