package io.sparkworkbench.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.graph.CommunityRequest;
import io.sparkworkbench.engine.graph.CommunityResult;
import io.sparkworkbench.engine.graph.ComponentSize;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step's quality figures survive its record, in order, and read back through {@link RecordedStep}. */
class StepMetricsTest {

    @TempDir
    Path out;

    @Test
    void communityFiguresNameTheCountAndTheLargest() {
        CommunityResult result = new CommunityResult(CommunityRequest.defaults(), 37, List.of(new ComponentSize(4, 812),
                new ComponentSize(9, 500)), 2, 9_000, 10_000, 1234, "graph_communities");
        assertThat(StepMetrics.parse(StepMetrics.of(result))).containsExactly(Map.entry("communities", "37"),
                Map.entry("largest community members", "812"), Map.entry("edges used", "9000 of 10000"));
    }

    @Test
    void figuresRoundTripThroughTheRecordFileInOrder() throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("silhouette", "0.4123");
        figures.put("adjusted Rand index vs planted segments", "0.8811");
        new StepRecord("fp", 10_000, "run-7", "v1;k=5", StepMetrics.join(figures)).writeInto(out.resolve("pipeline/segments"));
        new StepRecord("fp2", 3, "run-7", "v1", "").writeInto(out.resolve("pipeline/tables"));

        List<RecordedStep> steps = RecordedStep.readAll(out);

        assertThat(steps).extracting(RecordedStep::step).containsExactly(PipelineStep.TABLES, PipelineStep.SEGMENTS);
        RecordedStep segments = steps.get(1);
        assertThat(segments.rows()).isEqualTo(10_000);
        assertThat(segments.parameters()).isEqualTo("v1;k=5");
        assertThat(segments.metrics()).containsExactly(Map.entry("silhouette", "0.4123"),
                Map.entry("adjusted Rand index vs planted segments", "0.8811"));
        assertThat(steps.get(0).metrics()).isEmpty();
    }

    @Test
    void aSeparatorInsideAFigureIsRefused() {
        assertThatThrownBy(() -> StepMetrics.join(Map.of("a;b", "1"))).hasMessageContaining("a;b");
    }
}
