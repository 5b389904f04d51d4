package io.sparkworkbench.engine.cluster;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One daemon of a local cluster as the state file records it. {@code startMillis} is when the OS says the
 * process started (-1 when it does not say): with it, a pid that was reused by an unrelated process after
 * the daemon died is never taken for the daemon, let alone ended.
 */
public record Daemon(String name, long pid, long startMillis, int port, int webUiPort, Path log) {

    /** The live process with this pid that is still the daemon, if there is one. */
    public Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isSameProcess);
    }

    public boolean alive() {
        return process().isPresent();
    }

    private boolean isSameProcess(ProcessHandle handle) {
        if (startMillis < 0) {
            return true;
        }
        return handle.info().startInstant().map(Instant::toEpochMilli).map(s -> Math.abs(s - startMillis) < 2000).orElse(true);
    }

    static long startMillisOf(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    }
}
