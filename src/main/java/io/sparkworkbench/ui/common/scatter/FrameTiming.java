package io.sparkworkbench.ui.common.scatter;

/**
 * One frame the plot drew: the pulse's timestamp (JavaFX's AnimationTimer clock, nanoseconds) and the
 * wall and CPU time of the drawing call on the JavaFX thread. The render thread's upload of the frame
 * is not in these; it shows in the spacing of pulse timestamps, which JavaFX holds back while the
 * previous frame is still rendering.
 */
public record FrameTiming(long pulseNanos, long drawNanos, long drawCpuNanos) {
}
