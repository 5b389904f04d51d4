package io.sparkworkbench.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The heap's high-water mark sees what a step held and never exceeds the heap the JVM may use. In a JVM of its own
 * with a small heap, so the churn and the data held cost the test JVM (and its Spark session) nothing.
 */
class HeapPeaksTest {

    @Test
    void thePeakCoversWhatWasHeldAndStaysWithinTheMaximumHeapThroughManyCollections() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseG1GC",
                "-cp", System.getProperty("java.class.path"), HeapPeaksChild.class.getName(), "0.6")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(child.exitValue()).as(out).isZero();
        List<Long> figures = java.util.Arrays.stream(out.split(" ")).map(Long::parseLong).toList();
        long peak = figures.get(0);
        long held = figures.get(1);
        long max = figures.get(2);
        assertThat(peak).as("peak %d MB, held %d MB", peak, held).isGreaterThanOrEqualTo(held);
        assertThat(peak).as("peak %d MB within the heap's maximum of %d MB (held %d MB)", peak, max, held).isLessThanOrEqualTo(max);
    }
}
