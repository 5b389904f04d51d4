package io.sparkworkbench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.graph.GraphKind;
import io.sparkworkbench.engine.graph.GraphViews;
import io.sparkworkbench.ui.common.DirectTaskRunner;
import io.sparkworkbench.ui.common.graph.GraphData;
import io.sparkworkbench.ui.common.graph.LayoutPositions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tab's view models on a hand-held backend: open, algorithms feeding the drawing, Stop, filters, layouts kept. */
class GraphViewModelTest {

    @TempDir
    Path data;

    private final FakeGraphBackend backend = new FakeGraphBackend();

    private GraphViewModel model() {
        return new GraphViewModel(backend, new DirectTaskRunner(), data);
    }

    @Test
    void openingDrawsTheGraphAndPageRankResizesTheNodesByRank() throws Exception {
        GraphViewModel model = model();
        model.open();
        assertThat(backend.opened).extracting(s -> s.kind()).containsExactly(GraphKind.SOCIAL);
        assertThat(model.summaryTextProperty().get()).contains("6 nodes, 7 edges, directed");
        until(() -> model.drawing().drawingProperty().get() != null);
        Drawing first = model.drawing().drawingProperty().get();
        assertThat(first.data().nodeCount()).isEqualTo(6);
        assertThat(first.data().edgeCount()).isEqualTo(7);
        // Before PageRank: sized by degree, and the note says why; no segments: coloured by nothing yet, and says so.
        assertThat(first.note()).isEqualTo("Showing all 6 nodes; 7 edges");
        assertThat(first.style()).contains("sized by degree (run PageRank to size by rank)").contains("run Communities to colour by community");
        assertThat(first.data().size(first.data().indexOf(3))).isEqualTo(3f);

        model.algorithms().pageRank();
        until(() -> model.drawing().drawingProperty().get() != first && model.algorithms().resultProperty().get() != null);
        Drawing ranked = model.drawing().drawingProperty().get();
        GraphData d = ranked.data();
        for (int i = 0; i < FakeGraphBackend.IDS.length; i++) {
            assertThat(d.size(d.indexOf(FakeGraphBackend.IDS[i]))).isEqualTo((float) FakeGraphBackend.RANK[i]);
        }
        assertThat(ranked.keepShown()).isTrue();
        assertThat(ranked.style()).contains("sized by PageRank");
        assertThat(model.algorithms().resultProperty().get().view()).isEqualTo(GraphViews.PAGERANK);
        assertThat(backend.sql).anyMatch(q -> q.startsWith("SELECT * FROM graph_pagerank ORDER BY rank DESC"));
        assertThat(model.actions().statusProperty().get()).contains("PageRank (20 iterations)").contains("Full table: the SQL view graph_pagerank");
    }

    @Test
    void segmentsColourTheSocialGraphWhenTheSegmentationTabMadeThem() throws Exception {
        backend.segments = true;
        GraphViewModel model = model();
        model.open();
        until(() -> model.drawing().drawingProperty().get() != null);
        Drawing d = model.drawing().drawingProperty().get();
        assertThat(model.drawing().colourByProperty().get()).isEqualTo(ColourBy.SEGMENT);
        assertThat(d.data().groupName(d.data().group(d.data().indexOf(1)))).isEqualTo("Loyal");
        assertThat(d.data().groupName(d.data().group(d.data().indexOf(6)))).isEqualTo("Bargain hunters");

        backend.segments = false;
        model.open();
        until(() -> model.drawing().drawingProperty().get() != d);
        model.drawing().colourByProperty().set(ColourBy.SEGMENT);
        until(() -> model.drawing().drawingProperty().get().style().contains(GraphDrawings.NO_SEGMENTS));
        assertThat(model.actions().statusProperty().get()).contains("No customer segments yet");
    }

    @Test
    void theHomophilyLineSaysHowOftenFriendsShareASegmentOrThatThereAreNone() throws Exception {
        GraphViewModel model = model();
        model.open();
        until(() -> model.drawing().drawingProperty().get() != null);
        assertThat(model.drawing().homophilyTextProperty().get()).isEqualTo(HomophilyText.NO_SEGMENTS);

        backend.segments = true;
        model.open();
        until(() -> model.drawing().homophilyTextProperty().get().startsWith("Friends"));
        // 6 of 7 edges within a segment; two halves: 0.5² + 0.5² = 50% at random; 0.857 / 0.5 = 1.7×.
        assertThat(model.drawing().homophilyTextProperty().get())
                .isEqualTo("Friends share a segment 86% of the time; two customers picked at random, 50% (1.7×)");

        model.picker().choiceProperty().set(GraphPickerViewModel.Choice.CO_PURCHASE);
        model.open();
        until(() -> model.drawing().homophilyTextProperty().get().startsWith("This graph has no customer segments"));
    }

    @Test
    void showingTheTabAttachesSegmentsTrainedSinceTheOpeningAndRedrawsInPlace() throws Exception {
        GraphViewModel model = model();
        model.open();
        until(() -> model.drawing().drawingProperty().get() != null);
        Drawing plain = model.drawing().drawingProperty().get();
        assertThat(plain.data().groupCount()).isEqualTo(1);
        model.tabShown();
        assertThat(backend.segmentRefreshes).as("nothing changed: nothing attached").isZero();

        // The Segments tab trains a model meanwhile; the Graph tab is shown again.
        backend.segments = true;
        backend.segmentsChanged = true;
        model.tabShown();
        until(() -> model.drawing().drawingProperty().get() != plain && !model.drawing().action().runningProperty().get());
        Drawing coloured = model.drawing().drawingProperty().get();
        assertThat(backend.segmentRefreshes).isEqualTo(1);
        assertThat(backend.opened).as("not opened again").hasSize(1);
        assertThat(model.drawing().colourByProperty().get()).isEqualTo(ColourBy.SEGMENT);
        assertThat(coloured.data().groupName(coloured.data().group(coloured.data().indexOf(1)))).isEqualTo("Loyal");
        assertThat(coloured.data().groupName(coloured.data().group(coloured.data().indexOf(6)))).isEqualTo("Bargain hunters");
        // The same nodes restyled where they are: no new layout.
        assertThat(coloured.keepShown()).isTrue();
        assertThat(model.summaryProperty().get().hasSegments()).isTrue();
        assertThat(model.drawing().homophilyTextProperty().get()).startsWith("Friends share a segment 86%");
        assertThat(model.actions().statusProperty().get()).contains("The customer segments changed");
    }

    @Test
    void stoppingARunningAlgorithmLeavesTheTabUsable() throws Exception {
        GraphViewModel model = model();
        model.open();
        until(() -> model.drawing().drawingProperty().get() != null);
        backend.pageRankGate = new CountDownLatch(1);
        model.algorithms().iterationsProperty().set(150);
        model.algorithms().pageRank();
        assertThat(model.actions().runningProperty().get()).isTrue();
        until(() -> {
            model.actions().sampleProgress();
            return model.actions().statusProperty().get().contains("PageRank (150 iterations) on 6 nodes");
        });
        model.stop();
        until(() -> !model.actions().runningProperty().get());
        assertThat(model.actions().statusProperty().get()).startsWith("Stopped: PageRank (150 iterations)");
        backend.pageRankGate.countDown();

        model.algorithms().components(false);
        until(() -> model.algorithms().resultProperty().get() != null);
        assertThat(model.algorithms().resultProperty().get().view()).isEqualTo(GraphViews.COMPONENTS);
        assertThat(model.drawing().colourByProperty().get()).isEqualTo(ColourBy.COMPONENT);
    }

    @Test
    void positionsAreSavedUnderTheDatasetAndComeBackWhenTheGraphIsOpenedAgain() throws Exception {
        GraphViewModel model = model();
        Path dataset = Files.createDirectories(data.resolve("shop"));
        Files.writeString(dataset.resolve("readme.txt"), "a data set");
        model.datasetOpened(dataset);
        // The fingerprint is read off the calling thread: layouts go under it once it is known.
        until(() -> model.drawing().layoutFile("social").getParent().getFileName().toString().startsWith("shop-"));
        model.open();
        until(() -> model.drawing().drawingProperty().get() != null);
        assertThat(model.drawing().drawingProperty().get().saved()).isNull();
        LayoutPositions laid = new LayoutPositions(new long[] {1, 2, 3, 4, 5, 6}, new float[] {0, 1, 2, 3, 4, 5}, new float[] {5, 4, 3, 2, 1, 0});
        model.drawing().saveLayout("social", laid);
        Path file = model.drawing().layoutFile("social");
        until(() -> Files.isRegularFile(file));
        assertThat(file.getParent().getParent()).isEqualTo(data.resolve("layouts"));
        assertThat(file.getParent().getFileName().toString()).startsWith("shop-");

        // A second save of part of the graph keeps the positions of the nodes it did not show.
        model.drawing().saveLayout("social", new LayoutPositions(new long[] {6}, new float[] {9}, new float[] {9}));
        until(() -> io.sparkworkbench.ui.common.graph.GraphLayoutFile.read(file).x()[5] == 9f);

        GraphViewModel again = model();
        again.datasetOpened(dataset);
        until(() -> again.drawing().layoutFile("social").equals(file));
        again.open();
        until(() -> again.drawing().drawingProperty().get() != null);
        LayoutPositions saved = again.drawing().drawingProperty().get().saved();
        assertThat(saved).isNotNull();
        assertThat(saved.matching(again.drawing().drawingProperty().get().data())).isEqualTo(6);
        assertThat(saved.x()).containsExactly(0, 1, 2, 3, 4, 9);
    }

    @Test
    void filtersGoToTheEngineAndABadValueIsSaidNotSent() throws Exception {
        GraphViewModel model = model();
        model.open();
        until(() -> model.drawing().drawingProperty().get() != null);
        DrawingViewModel drawing = model.drawing();
        drawing.minDegreeProperty().set(3);
        drawing.topNProperty().set(10);
        drawing.applyFilters();
        until(() -> drawing.drawingProperty().get().data().nodeCount() == 2);
        assertThat(drawing.drawingProperty().get().note()).isEqualTo("Showing 2 of 6 nodes: top 10 by rank, degree ≥ 3; 1 edges");
        assertThat(backend.filters.get(backend.filters.size() - 1).minDegree()).isEqualTo(3);
        assertThat(backend.filters.get(backend.filters.size() - 1).topN()).isEqualTo(10);
        assertThat(backend.filters.get(backend.filters.size() - 1).budget()).isEqualTo(DrawingViewModel.NODE_BUDGET);

        int asked = backend.filters.size();
        drawing.communityProperty().set("big one");
        drawing.applyFilters();
        assertThat(backend.filters).hasSize(asked);
        assertThat(drawing.action().statusProperty().get()).contains("community must be a community id").contains("big one");

        drawing.communityProperty().set("");
        drawing.showEgo(3, 1);
        until(() -> backend.filters.size() > asked);
        assertThat(backend.filters.get(backend.filters.size() - 1).egoCenter()).hasValue(3);
        assertThat(backend.filters.get(backend.filters.size() - 1).egoHops()).isEqualTo(1);
    }

    @Test
    void superNodesDrawOneNodePerCommunitySizedByMembers() throws Exception {
        GraphViewModel model = model();
        model.open();
        until(() -> model.drawing().drawingProperty().get() != null);
        model.algorithms().communities();
        until(() -> model.drawing().drawingProperty().get().style().contains("coloured by community"));
        model.drawing().superNodesProperty().set(true);
        model.drawing().applyFilters();
        until(() -> model.drawing().drawingProperty().get().superNodes());
        Drawing d = model.drawing().drawingProperty().get();
        assertThat(d.data().nodeCount()).isEqualTo(2);
        assertThat(d.data().size(0)).isEqualTo(3f);
        assertThat(d.note()).startsWith("Showing 6 nodes as 2 communities");
        assertThat(d.layoutFile()).isEqualTo("social-communities");

        model.node().select(d, 0);
        assertThat(model.node().metrics()).extracting(NodeMetric::name).contains("Community", "Members");
        assertThat(model.node().selectedProperty().get()).isNull();
    }

    @Test
    void selectingANodeShowsItsMetricsNeighboursAndTrianglesOnceCounted() throws Exception {
        GraphViewModel model = model();
        model.open();
        until(() -> model.drawing().drawingProperty().get() != null);
        model.algorithms().triangles();
        until(() -> model.algorithms().trianglesComputedProperty().get());
        Drawing d = model.drawing().drawingProperty().get();
        model.node().select(d, d.data().indexOf(3));
        until(() -> model.node().metrics().stream().anyMatch(m -> m.name().equals("Clustering")));
        assertThat(model.node().metrics()).contains(new NodeMetric("Id", "3"), new NodeMetric("Triangles", "1"),
                new NodeMetric("Clustering", "0.3333"), new NodeMetric("PageRank", "not run"));
        assertThat(model.node().neighbours()).containsExactly("→ node 2 (id 2, degree 2)", "→ node 4 (id 4, degree 3)");
        assertThat(model.algorithms().selectedNodeProperty().get()).isEqualTo(3L);

        model.algorithms().landmarksProperty().set("");
        model.algorithms().shortestPaths();
        until(() -> !backend.landmarks.isEmpty());
        assertThat(backend.landmarks.get(0)).containsExactly(3L);
        model.algorithms().landmarksProperty().set("1, x");
        model.algorithms().shortestPaths();
        assertThat(model.actions().statusProperty().get()).isEqualTo("Landmark 2 is \"x\", not a node id (a whole number)");

        model.node().search("5");
        until(() -> !model.node().searchResults().isEmpty());
        assertThat(model.node().searchResults()).extracting(n -> n.id()).containsExactly(5L);
    }

    @Test
    void personalisedPageRankNeedsASelectedNode() {
        GraphViewModel model = model();
        model.open();
        model.algorithms().personalisedProperty().set(true);
        model.algorithms().pageRank();
        assertThat(backend.pageRanks).isEmpty();
        assertThat(model.actions().statusProperty().get()).contains("Select a node in the graph first");
        model.algorithms().selectedNodeProperty().set(4L);
        model.algorithms().pageRank();
        assertThat(backend.pageRanks).hasSize(1);
        assertThat(backend.pageRanks.get(0).source()).hasValue(4);
    }

    @Test
    void algorithmsBeforeAnyGraphSaySoAndRunNothing() {
        GraphViewModel model = model();
        List<String> views = new CopyOnWriteArrayList<>();
        model.setOnViewRegistered(views::add);
        model.algorithms().pageRank();
        assertThat(backend.pageRanks).isEmpty();
        assertThat(model.actions().statusProperty().get()).isEqualTo("Open a graph first (social, co-purchase or a view)");
        model.open();
        model.algorithms().degreeDistribution();
        assertThat(views).containsExactly(GraphViews.NODES, GraphViews.DEGREES);
        assertThat(model.algorithms().degreesProperty().get().bins()).hasSize(2);
    }

    static void until(ThrowingCondition condition) throws Exception {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(10);
        }
    }

    @FunctionalInterface
    interface ThrowingCondition {
        boolean holds() throws Exception;
    }

}
