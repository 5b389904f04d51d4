package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.recommend.CategoryShare;
import io.sparkworkbench.engine.ml.recommend.CustomerCard;
import io.sparkworkbench.engine.ml.recommend.GridCell;
import io.sparkworkbench.engine.ml.recommend.GridResult;
import io.sparkworkbench.engine.ml.recommend.GridRun;
import io.sparkworkbench.engine.ml.recommend.RecommendModel;
import io.sparkworkbench.engine.ml.recommend.RecommendOpening;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import io.sparkworkbench.engine.ml.recommend.RecommendService;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine calls the recommendation tab makes, as an interface so the view models can be driven by finished
 * (or hand-held) tasks in tests; {@link #of(RecommendService)} is the real one.
 */
public interface RecommendBackend {

    EngineTask<RecommendOpening> open(Path datasetFolder);

    EngineTask<RecommendModel> train(DatasetKey key, RecommendRequest request);

    /** @throws IllegalArgumentException when the grid has no cells or too many */
    GridProgress grid(RecommendRequest base, List<Integer> ranks, List<Double> regParams);

    EngineTask<CustomerCard> card(long customerId, int historyLimit);

    EngineTask<Long> registerAll(int n);

    EngineTask<List<CategoryShare>> overallMix(int n);

    /** A running grid search as the view samples it: the engine's {@link GridRun} has no public constructor. */
    interface GridProgress {

        EngineTask<GridResult> task();

        List<GridCell> cellsSoFar();

        int total();
    }

    static RecommendBackend of(RecommendService service) {
        return new RecommendBackend() {
            @Override
            public EngineTask<RecommendOpening> open(Path datasetFolder) {
                return service.open(datasetFolder);
            }

            @Override
            public EngineTask<RecommendModel> train(DatasetKey key, RecommendRequest request) {
                return service.train(key, request);
            }

            @Override
            public GridProgress grid(RecommendRequest base, List<Integer> ranks, List<Double> regParams) {
                GridRun run = service.grid(base, ranks, regParams);
                return new GridProgress() {
                    @Override
                    public EngineTask<GridResult> task() {
                        return run.task();
                    }

                    @Override
                    public List<GridCell> cellsSoFar() {
                        return run.cellsSoFar();
                    }

                    @Override
                    public int total() {
                        return run.total();
                    }
                };
            }

            @Override
            public EngineTask<CustomerCard> card(long customerId, int historyLimit) {
                return service.card(customerId, historyLimit);
            }

            @Override
            public EngineTask<Long> registerAll(int n) {
                return service.registerAll(n);
            }

            @Override
            public EngineTask<List<CategoryShare>> overallMix(int n) {
                return service.overallMix(n);
            }
        };
    }
}
