package io.sparkworkbench.engine.stream.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers of the watched folder see whole files only; a folder that cannot be written is named. */
class AtomicEventWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void aReaderListingTheFolderWhileTheSimulatorRunsSeesOnlyWholeFiles() throws Exception {
        ClickstreamSimulator sim = new ClickstreamSimulator(SimulatorConfig.of(3, 20_000).withFiles(2_000, 100),
                SimulatorFixtures.catalogue(), SimulatorFixtures.population(), StreamFolders.of(data, "atomic"),
                System::currentTimeMillis);
        AtomicBoolean reading = new AtomicBoolean(true);
        List<String> problems = new ArrayList<>();
        ConcurrentHashMap<Path, Integer> seen = new ConcurrentHashMap<>();
        Thread reader = new Thread(() -> {
            while (reading.get()) {
                try (Stream<Path> files = Files.list(sim.folders().incoming())) {
                    for (Path file : files.toList()) {
                        String name = file.getFileName().toString();
                        if (!name.matches("events-\\d+-\\d{8}\\.json")) {
                            problems.add("unexpected name " + name);
                        }
                        if (seen.containsKey(file)) {
                            continue;
                        }
                        String text = Files.readString(file);
                        if (!text.endsWith("\n")) {
                            problems.add(name + " ends mid-line");
                        }
                        String[] lines = text.split("\n");
                        for (String line : lines) {
                            JSON.readTree(line);
                        }
                        seen.put(file, lines.length);
                    }
                } catch (IOException e) {
                    problems.add(e.toString());
                }
            }
        });
        sim.start();
        reader.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (seen.size() < 20 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        sim.close();
        reading.set(false);
        reader.join();
        assertThat(problems).isEmpty();
        assertThat(seen).hasSizeGreaterThanOrEqualTo(20);
        assertThat(seen.values()).allMatch(lines -> lines >= 1 && lines <= 2_000);
        try (Stream<Path> staging = Files.list(sim.folders().staging())) {
            assertThat(staging).as("no temp file is left behind").isEmpty();
        }
        assertThat(sim.counters().failure()).isEmpty();
    }

    @Test
    void aReadOnlyFolderIsNamedInTheMessage() throws Exception {
        StreamFolders folders = StreamFolders.of(data, "readonly").create();
        Files.setPosixFilePermissions(folders.staging(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folders.staging()), "runs as a user permissions do not stop (root)");
            AtomicEventWriter writer = new AtomicEventWriter(folders, "1", 10, 100);
            writer.add(new LiveEvent(1, 1, LiveEvent.NONE, 0, "page_view", LiveEvent.NONE, null, LiveEvent.NO_AMOUNT,
                    "mobile", "direct", 0), 0);
            assertThatThrownBy(writer::flush).isInstanceOf(EventWriteException.class)
                    .hasMessageContaining(folders.staging().toString()).hasMessageContaining("permission denied");
        } finally {
            Files.setPosixFilePermissions(folders.staging(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aStagingFolderRemovedUnderTheWriterIsNamedInTheMessage() throws Exception {
        StreamFolders folders = StreamFolders.of(data, "vanished");
        AtomicEventWriter writer = new AtomicEventWriter(folders, "1", 10, 100);
        Files.delete(folders.staging());
        Files.writeString(folders.staging(), "not a folder");
        writer.add(new LiveEvent(1, 1, LiveEvent.NONE, 0, "page_view", LiveEvent.NONE, null, LiveEvent.NO_AMOUNT,
                "mobile", "direct", 0), 0);
        assertThatThrownBy(writer::flush).isInstanceOf(EventWriteException.class)
                .hasMessageContaining("Cannot write live events into " + folders.staging());
    }
}
