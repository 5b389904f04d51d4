package io.sparkworkbench.engine.stream.source;

import java.util.Optional;

/**
 * What the live tab and the benchmark read of a running simulator, sampled whole.
 *
 * @param eventsProduced   events generated so far (written or buffered for the next file)
 * @param filesWritten     files renamed into the watched folder
 * @param lateEvents       events whose event time lies before their emission
 * @param beyondWatermark  late events more than a minute late (a one-minute watermark drops them)
 * @param bytesOnDisk      bytes of files in the watched folder not yet removed after consumption
 * @param eventsPerSecond  the rate in force now (the user's, times the flash-sale factor while one runs)
 * @param flashSale        whether a flash sale is running
 * @param backlogFull      paused because unconsumed files exceed the backlog limit
 * @param failure          why the simulator stopped, if it failed (a full disk, a folder it cannot write)
 */
public record SimulatorCounters(long eventsProduced, long filesWritten, long lateEvents, long beyondWatermark,
                                long bytesOnDisk, int eventsPerSecond, boolean flashSale, boolean backlogFull,
                                Optional<String> failure) {
}
