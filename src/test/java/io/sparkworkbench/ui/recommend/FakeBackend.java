package io.sparkworkbench.ui.recommend;

import io.sparkworkbench.engine.EngineTask;
import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.recommend.CategoryShare;
import io.sparkworkbench.engine.ml.recommend.CustomerCard;
import io.sparkworkbench.engine.ml.recommend.GridCell;
import io.sparkworkbench.engine.ml.recommend.GridResult;
import io.sparkworkbench.engine.ml.recommend.RecommendModel;
import io.sparkworkbench.engine.ml.recommend.RecommendOpening;
import io.sparkworkbench.engine.ml.recommend.RecommendRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The engine side of the tab answered from {@link RecommendFixtures}, recording what it was asked. Work that must
 * stay pending (a grid search, a registration to stop) runs on an idle engine's file threads, which need no Spark.
 */
final class FakeBackend implements RecommendBackend {

    private static final SparkEngine IDLE = new SparkEngine();

    final List<Path> opened = new CopyOnWriteArrayList<>();
    final List<RecommendRequest> trained = new CopyOnWriteArrayList<>();
    final List<Long> cards = new CopyOnWriteArrayList<>();
    final List<Integer> registered = new CopyOnWriteArrayList<>();
    final List<GridCell> gridCells = new CopyOnWriteArrayList<>();
    Optional<RecommendModel> saved = Optional.empty();
    CountDownLatch gridGate = new CountDownLatch(0);
    CountDownLatch registerGate = new CountDownLatch(0);
    List<GridCell> gridPlan = List.of();

    @Override
    public EngineTask<RecommendOpening> open(Path datasetFolder) {
        opened.add(datasetFolder);
        return EngineTask.completed("open", RecommendFixtures.opening(saved));
    }

    @Override
    public EngineTask<RecommendModel> train(DatasetKey key, RecommendRequest request) {
        trained.add(request);
        return EngineTask.completed("train", RecommendFixtures.model(request, false));
    }

    /** Reports the planned cells one by one, then waits at {@link #gridGate} before finishing. */
    @Override
    public GridProgress grid(RecommendRequest base, List<Integer> ranks, List<Double> regParams) {
        if (ranks.size() * regParams.size() > 36) {
            throw new IllegalArgumentException("A grid needs 1 to 36 cells, not " + ranks.size() + " ranks × " + regParams.size() + " regParams");
        }
        gridCells.clear();
        List<GridCell> plan = new ArrayList<>(gridPlan);
        EngineTask<GridResult> task = IDLE.submitFileWork("grid", () -> {
            gridCells.addAll(plan);
            if (!gridGate.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the grid gate");
            }
            return new GridResult(plan, plan.indexOf(GridViewModel.bestOf(plan)));
        });
        return new GridProgress() {
            @Override
            public EngineTask<GridResult> task() {
                return task;
            }

            @Override
            public List<GridCell> cellsSoFar() {
                return List.copyOf(gridCells);
            }

            @Override
            public int total() {
                return ranks.size() * regParams.size();
            }
        };
    }

    @Override
    public EngineTask<CustomerCard> card(long customerId, int historyLimit) {
        cards.add(customerId);
        return EngineTask.completed("card", RecommendFixtures.card(customerId));
    }

    @Override
    public EngineTask<Long> registerAll(int n) {
        registered.add(n);
        if (registerGate.getCount() == 0) {
            return EngineTask.completed("register", 4L * n);
        }
        return IDLE.submitFileWork("register", () -> {
            registerGate.await(30, TimeUnit.SECONDS);
            return 4L * n;
        });
    }

    @Override
    public EngineTask<List<CategoryShare>> overallMix(int n) {
        return EngineTask.completed("mix", List.of(new CategoryShare("Books", 0.5, 0.4), new CategoryShare("Toys", 0.5, 0.6)));
    }
}
