package io.sparkworkbench.ui.dashboard;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.dashboard.DashboardData;
import io.sparkworkbench.engine.dashboard.DashboardFilter;
import io.sparkworkbench.engine.dashboard.DashboardService;
import io.sparkworkbench.engine.dashboard.FilterChoices;
import java.nio.file.Path;

/** The engine calls the dashboard makes, as an interface so the view model can be driven by finished tasks in tests. */
public interface DashboardBackend {

    EngineTask<FilterChoices> choices();

    EngineTask<DashboardData> compute(DashboardFilter filter, Path datasetFolder);

    static DashboardBackend of(DashboardService service) {
        return new DashboardBackend() {
            @Override
            public EngineTask<FilterChoices> choices() {
                return service.choices();
            }

            @Override
            public EngineTask<DashboardData> compute(DashboardFilter filter, Path datasetFolder) {
                return service.compute(filter, datasetFolder);
            }
        };
    }
}
