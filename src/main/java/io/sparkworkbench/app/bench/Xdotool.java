package io.sparkworkbench.app.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Keys pressed in the app's window the way a user presses them (X test events), for {@code bench startup}. */
final class Xdotool {

    private static final String TITLE = "^Spark Workbench$";

    private Xdotool() {
    }

    static boolean available() {
        try {
            return run(List.of("xdotool", "version"), 10) == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Focuses the app's main window and presses Enter, which fires the default button (the Data tab's Generate). */
    static void pressEnterIn(long pid) throws IOException, InterruptedException {
        int code = run(List.of("xdotool", "search", "--sync", "--onlyvisible", "--name", TITLE,
                "windowfocus", "--sync", "key", "Return"), 30);
        if (code != 0) {
            throw new IllegalStateException("xdotool could not press Enter in the window of process " + pid + " (exit " + code + ")");
        }
    }

    private static int run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
