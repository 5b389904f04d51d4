package io.sparkworkbench.engine.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pipeline output folder records of one step: the rows it wrote, the run that wrote them, its parameters
 * (the {@code ;}-separated line its fingerprint covers) and the quality figures of the model it trained, in the
 * order they were written (empty for the steps that train nothing).
 */
public record RecordedStep(PipelineStep step, long rows, String runId, String parameters, Map<String, String> metrics) {

    public RecordedStep {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** Every step recorded under {@code out} (the folder given to {@code pipeline --out}), in run order. */
    public static List<RecordedStep> readAll(Path out) {
        StepStore store = new StepStore(out);
        List<RecordedStep> steps = new ArrayList<>();
        for (PipelineStep step : PipelineStep.values()) {
            Optional<StepRecord> record = store.record(step);
            record.ifPresent(r -> steps.add(new RecordedStep(step, r.rows(), r.runId(), r.parameters(), StepMetrics.parse(r.metrics()))));
        }
        return steps;
    }
}
