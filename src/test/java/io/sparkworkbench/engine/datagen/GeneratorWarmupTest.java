package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.ActionProgress;
import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorWarmupTest {

    @TempDir
    Path scratch;

    @Test
    void generatesATinyDataSetAsAnActionAndLeavesNothingBehind() throws Exception {
        SparkEngine engine = SharedSparkEngine.get();
        GeneratedData.openShared(0.01);
        List<String> before = ordersFiles(engine);
        EngineTask<Long> task = new GeneratorWarmup(engine).warm(scratch);
        assertThat(task.future().get()).isPositive();
        // The user's views still read the user's files (the warm-up's are gone).
        assertThat(ordersFiles(engine)).isEqualTo(before);
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).isEmpty();
        }
        ActionProgress action = engine.jobs().snapshot().actions().stream().filter(a -> a.id() == task.id()).findFirst().orElseThrow();
        assertThat(action.label()).isEqualTo(GeneratorWarmup.LABEL);
        assertThat(action.isRunning()).isFalse();
    }

    private static List<String> ordersFiles(SparkEngine engine) {
        return engine.submit("test: orders files", context -> List.of(context.spark().table("orders").inputFiles()))
                .future().join();
    }
}
