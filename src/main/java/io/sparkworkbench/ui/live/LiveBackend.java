package io.sparkworkbench.ui.live;

import io.sparkworkbench.engine.stream.session.LiveSession;
import io.sparkworkbench.engine.stream.session.LiveSnapshot;
import io.sparkworkbench.engine.stream.session.LiveSourceChoice;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The engine calls the live tab makes, as an interface so the view model can be driven by a fake session in tests;
 * {@link #of(LiveSession)} is the real one. Every call returns at once; {@link #snapshot()} reads a field.
 */
public interface LiveBackend {

    CompletableFuture<Void> start(LiveSourceChoice choice);

    CompletableFuture<Void> stop();

    void setRate(int eventsPerSecond);

    void flashSale();

    CompletableFuture<Void> changeTrigger(Duration interval);

    CompletableFuture<Void> startFresh(String view);

    /** Puts the online segment centres back on the batch model's; completes when that is saved. */
    CompletableFuture<Void> resetToBatch();

    LiveSnapshot snapshot();

    static LiveBackend of(LiveSession session) {
        return new LiveBackend() {
            @Override
            public CompletableFuture<Void> start(LiveSourceChoice choice) {
                return session.start(choice).future();
            }

            @Override
            public CompletableFuture<Void> stop() {
                return session.stop();
            }

            @Override
            public void setRate(int eventsPerSecond) {
                session.setRate(eventsPerSecond);
            }

            @Override
            public void flashSale() {
                session.flashSale();
            }

            @Override
            public CompletableFuture<Void> changeTrigger(Duration interval) {
                return session.changeTrigger(interval);
            }

            @Override
            public CompletableFuture<Void> startFresh(String view) {
                return session.startFresh(view).future();
            }

            @Override
            public CompletableFuture<Void> resetToBatch() {
                return session.resetToBatch();
            }

            @Override
            public LiveSnapshot snapshot() {
                return session.snapshot();
            }
        };
    }
}
