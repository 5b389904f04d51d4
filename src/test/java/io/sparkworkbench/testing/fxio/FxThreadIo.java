package io.sparkworkbench.testing.fxio;

import java.nio.file.FileSystems;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * What {@link RecordingFileSystemProvider} saw: every file-system call made on the JavaFX thread, with
 * its stack. Installed for the whole test JVM by surefire's argLine
 * ({@code -Djava.nio.file.spi.DefaultFileSystemProvider=...RecordingFileSystemProvider}). It sees
 * {@code java.nio.file} only: {@code java.io.File} and {@code FileInputStream} do not pass through it.
 */
public final class FxThreadIo {

    /** The JavaFX thread's name, on every platform (Monocle included). */
    static final String FX_THREAD = "JavaFX Application Thread";
    private static final String OWN_PACKAGE = FxThreadIo.class.getPackageName();
    private static final List<Call> CALLS = new CopyOnWriteArrayList<>();

    private FxThreadIo() {
    }

    /** One file-system call on the JavaFX thread. */
    public record Call(String operation, String path, List<StackTraceElement> stack) {

        /** True when the workbench's own code (not JavaFX, not this recorder) made the call. */
        public boolean fromWorkbench() {
            return stack.stream().anyMatch(f -> f.getClassName().startsWith("io.sparkworkbench.")
                    && !f.getClassName().startsWith(OWN_PACKAGE));
        }

        @Override
        public String toString() {
            return operation + " " + path + "\n\tat " + stack.stream().map(StackTraceElement::toString)
                    .collect(Collectors.joining("\n\tat "));
        }
    }

    /** True when the recording provider is this JVM's default file system provider. */
    public static boolean installed() {
        return FileSystems.getDefault().provider() instanceof RecordingFileSystemProvider;
    }

    public static void clear() {
        CALLS.clear();
    }

    /** Calls made on the JavaFX thread by the workbench's code since the last {@link #clear()}. */
    public static List<Call> workbenchCalls() {
        return CALLS.stream().filter(Call::fromWorkbench).toList();
    }

    static void record(String operation, Object path) {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            StackTraceElement[] stack = new Throwable().getStackTrace();
            // Drop the recorder's own frames: the first frame is then the caller of the file system.
            int first = 0;
            while (first < stack.length && stack[first].getClassName().startsWith(OWN_PACKAGE)) {
                first++;
            }
            CALLS.add(new Call(operation, String.valueOf(path), List.of(Arrays.copyOfRange(stack, first, stack.length))));
        }
    }
}
