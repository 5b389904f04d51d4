package io.sparkworkbench.ui.live;

import io.sparkworkbench.engine.stream.query.QueryStatus;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceStatus;
import io.sparkworkbench.ui.common.Formats;
import java.util.Locale;
import java.util.concurrent.CompletionException;

/** The live tab's sentences, from a snapshot: one status line, and errors as one readable reason. */
final class LiveText {

    private LiveText() {
    }

    /** "Running: simulator at 1,000 events/s · 12,345 events · 5 of 5 queries running", or why not. */
    static String status(LiveSnapshot s) {
        String head = switch (s.state()) {
            case IDLE -> s.message().isEmpty() ? "Stopped. Choose a source and press Start." : s.message();
            case STARTING -> s.message().isEmpty() ? "Starting…" : s.message();
            case STOPPING -> "Stopping: the source, then every query at the end of its batch…";
            case FAILED -> s.message();
            case RUNNING -> "Running";
        };
        if (s.state() != LiveSnapshot.State.RUNNING) {
            return head;
        }
        StringBuilder line = new StringBuilder(head);
        LiveSourceStatus source = s.source();
        line.append(": ").append(source.description());
        if (source.eventsProduced() >= 0) {
            line.append(String.format(Locale.ROOT, " · %,d events written", source.eventsProduced()));
        }
        if (source.bytesWaiting() > 0) {
            line.append(" · ").append(Formats.bytes(source.bytesWaiting())).append(" waiting");
        }
        if (source.backlogFull()) {
            line.append(" · paused: the queries are behind (backlog full)");
        }
        source.failure().ifPresent(f -> line.append(" · source failed: ").append(f));
        long running = s.queries().stream().filter(q -> q.state() == QueryStatus.State.RUNNING).count();
        line.append(String.format(Locale.ROOT, " · %d of %d queries running", running, s.queries().size()));
        long failed = s.queries().stream().filter(q -> q.state() == QueryStatus.State.FAILED).count();
        if (failed > 0) {
            line.append(String.format(Locale.ROOT, " · %d failed (see Metrics)", failed));
        }
        return line.toString();
    }

    /** The one sentence of a failure, without the wrapper exceptions futures add. */
    static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof java.util.concurrent.CancellationException) {
            return "Stopped";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** One query's line in the status table: its state and what it has to say. */
    static String queryState(QueryStatus q) {
        String state = q.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return q.message().isEmpty() ? state : state + ": " + q.message();
    }
}
