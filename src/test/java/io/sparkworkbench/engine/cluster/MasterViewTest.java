package io.sparkworkbench.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The master's /json/ page as Spark 4.1 serves it (trimmed from a real one). */
class MasterViewTest {

    private static final String JSON = """
            {"url":"spark://127.0.0.1:7077","workers":[
             {"id":"worker-1","host":"127.0.0.1","port":41293,"cores":1,"coresused":1,"memory":1024,"memoryused":1024,"state":"ALIVE"},
             {"id":"worker-2","host":"127.0.0.1","port":42263,"cores":2,"coresused":0,"memory":2048,"memoryused":0,"state":"DEAD"}],
             "aliveworkers":1,"cores":1,"status":"ALIVE"}
            """;

    @Test
    void onlyAliveWorkersCount() throws Exception {
        MasterView view = MasterView.parse(new ObjectMapper().readTree(JSON));

        assertThat(view.status()).isEqualTo("ALIVE");
        assertThat(view.workers()).hasSize(2);
        assertThat(view.aliveWorkers()).extracting(MasterView.Worker::port).containsExactly(41293);
        assertThat(view.aliveCores()).isEqualTo(1);
        assertThat(view.aliveMemoryMb()).isEqualTo(1024);
        assertThat(view.workers().get(0).coresUsed()).isEqualTo(1);
    }
}
