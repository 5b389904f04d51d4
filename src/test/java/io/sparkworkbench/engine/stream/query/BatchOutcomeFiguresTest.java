package io.sparkworkbench.engine.stream.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sparkworkbench.engine.stream.query.LiveState.BatchOutcome;
import io.sparkworkbench.engine.stream.query.LiveState.StateFigures;
import org.junit.jupiter.api.Test;

class BatchOutcomeFiguresTest {

    private final StateFigures spark = new StateFigures(40, 3, -1, 1_000);

    @Test
    void aStateWithItsOwnWatermarkAndRowsReplacesSparksAndAddsItsLateEventsToTheDropped() {
        StateFigures shown = new BatchOutcome(95, 5, 2_000, 550).over(spark, 100, true);
        assertEquals(new StateFigures(550, 8, 5, 2_000), shown);
    }

    @Test
    void aTableOfCountsWhereSparkKeepsTheStateCountsTheInputItDidNotAddAsLate() {
        StateFigures shown = new BatchOutcome(97, -1, -1, -1).over(spark, 100, true);
        assertEquals(new StateFigures(40, 3, 3, 1_000), shown);
    }

    @Test
    void aStateThatCountsNoEventsLeavesSparksFiguresAlone() {
        StateFigures shown = new BatchOutcome(12.5, -1, -1, -1).over(spark, 100, false);
        assertEquals(spark, shown);
    }
}
