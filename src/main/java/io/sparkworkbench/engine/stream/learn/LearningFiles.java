package io.sparkworkbench.engine.stream.learn;

import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.stream.query.SnapshotFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The learning query's driver-side state beside its checkpoint: the segment mix and the online centres, each in
 * its own file with its own last batch id (a kill between the two writes leaves one a batch behind, and the
 * replay of that batch then applies to it alone). Writes are serialized: the batch thread and a reset from the
 * tab may write the centres at the same moment.
 */
final class LearningFiles {

    private final SnapshotFile mixFile;
    private final SnapshotFile centresFile;

    LearningFiles(Path checkpointFolder) {
        this.mixFile = new SnapshotFile(checkpointFolder, "segment-mix.bin");
        this.centresFile = new SnapshotFile(checkpointFolder, "online-centres.bin");
    }

    synchronized void save(SegmentMixTable mix) throws IOException {
        mixFile.write(mix.encode());
    }

    synchronized void save(OnlineCentres centres) throws IOException {
        centresFile.write(centres.encode());
    }

    /** Reloads both; false when the stored centres were learnt from another batch model (they start afresh). */
    synchronized boolean restore(String queryName, SegmentMixTable mix, OnlineCentres centres) {
        SnapshotFile reading = mixFile;
        try {
            Optional<byte[]> storedMix = mixFile.read();
            if (storedMix.isPresent()) {
                mix.restore(storedMix.get());
            }
            reading = centresFile;
            Optional<byte[]> storedCentres = centresFile.read();
            return storedCentres.isEmpty() || centres.restore(storedCentres.get());
        } catch (IOException e) {
            throw new EngineException("The live query " + queryName + " cannot read its saved state " + reading.path() + ": " + e.getMessage()
                    + ". Start it fresh to delete this query's checkpoint.", e);
        }
    }
}
