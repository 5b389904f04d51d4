package io.sparkworkbench.engine.stream.session;

import io.sparkworkbench.engine.stream.source.StreamSourceSpec;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/** The user's own folder: nothing of ours writes into it, and nothing of ours deletes from it. */
final class FolderRun implements SourceRun {

    private final LiveSourceChoice.Folder choice;
    private final StreamSourceSpec spec;

    FolderRun(LiveSourceChoice.Folder choice) {
        this.choice = choice;
        this.spec = StreamSourceSpec.liveEvents(choice.folder()).withFormat(choice.format(), choice.csvHeader());
    }

    @Override
    public StreamSourceSpec spec() {
        return spec;
    }

    @Override
    public void start() {
    }

    @Override
    public void consumers(Collection<Path> checkpoints) {
    }

    @Override
    public void stop() {
    }

    @Override
    public void sweep() {
        // The user's files are theirs: several live queries read them, so none may delete (ADR 0027).
    }

    @Override
    public void setRate(int eventsPerSecond) {
    }

    @Override
    public void flashSale() {
    }

    @Override
    public LiveSourceStatus status() {
        return new LiveSourceStatus(choice.label(), -1, 0, false, false, -1, false, Optional.empty());
    }
}
