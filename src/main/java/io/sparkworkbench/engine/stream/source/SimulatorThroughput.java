package io.sparkworkbench.engine.stream.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A measurement, not a test: how many events per second the simulator and its writer produce on this machine when
 * nothing holds them back, for {@code bench streaming}. The simulator runs at its highest rate on a clock that
 * advances one tick per step, so it never waits; files are deleted as soon as they land, as a consumer would,
 * so disk use stays small. The figure is events written over wall time.
 */
public final class SimulatorThroughput {

    private SimulatorThroughput() {
    }

    /** Events per second sustained for {@code seconds} into {@code scratchDataFolder}'s {@code streams/throughput}. */
    public static double eventsPerSecond(Path scratchDataFolder, ProductCatalogue catalogue, CustomerPopulation population,
                                         double seconds) {
        long[] virtualNow = {0};
        SimulatorConfig config = SimulatorConfig.of(1, SimulatorConfig.MAX_RATE);
        ClickstreamSimulator sim = new ClickstreamSimulator(config, catalogue, population,
                StreamFolders.of(scratchDataFolder, "throughput"), () -> virtualNow[0]);
        sim.flashSale(); // 5x the top rate, so each step has work for the writer
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            virtualNow[0] += ClickstreamSimulator.TICK_MILLIS;
            sim.step(virtualNow[0]);
            if (virtualNow[0] % 20_000 == 0) {
                sim.flashSale(); // keep the burst going past its 30 s of virtual time
            }
            deleteWritten(sim.folders().incoming());
        }
        sim.flush();
        double elapsed = (System.nanoTime() - started) / 1e9;
        deleteWritten(sim.folders().incoming());
        return sim.counters().eventsProduced() / elapsed;
    }

    private static void deleteWritten(Path incoming) {
        try (Stream<Path> files = Files.list(incoming)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
