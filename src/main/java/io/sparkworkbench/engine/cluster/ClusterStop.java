package io.sparkworkbench.engine.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ends a cluster's daemons: a polite SIGTERM first (a worker then ends its executors itself), then, for
 * whatever still runs after a few seconds, the daemon and the executors it had launched are killed.
 */
final class ClusterStop {

    static final long POLITE_MS = 5000;
    private static final long FORCED_MS = 5000;

    private ClusterStop() {
    }

    /** Ends the live processes among {@code daemons} (workers before the master, so none re-registers). */
    static StopOutcome end(List<Daemon> daemons) {
        List<ProcessHandle> targets = new ArrayList<>();
        List<ProcessHandle> children = new ArrayList<>();
        for (int i = daemons.size() - 1; i >= 0; i--) {
            daemons.get(i).process().ifPresent(p -> {
                targets.add(p);
                p.descendants().forEach(children::add);
            });
        }
        targets.forEach(ProcessHandle::destroy);
        waitForExit(targets, POLITE_MS);
        int forced = 0;
        for (ProcessHandle p : targets) {
            if (p.isAlive()) {
                p.destroyForcibly();
                forced++;
            }
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        List<ProcessHandle> all = new ArrayList<>(targets);
        all.addAll(children);
        waitForExit(all, FORCED_MS);
        return new StopOutcome(targets.size(), forced);
    }

    private static void waitForExit(List<ProcessHandle> processes, long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (ProcessHandle p : processes) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // Still running: the caller decides what happens next.
            }
        }
    }
}
