package io.sparkworkbench.engine.ml.recommend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopNTest {

    @Test
    void keepsTheBestInOrderWithTiesByLowerIndex() {
        TopN top = new TopN(3);
        double[] scores = {0.5, 0.9, 0.1, 0.9, 0.7, Double.NaN};
        for (int i = 0; i < scores.length; i++) {
            top.offer(i, scores[i]);
        }
        assertArrayEquals(new int[] {1, 3, 4}, top.indicesBestFirst());
    }

    @Test
    void agreesWithAFullSortOnRandomScores() {
        Random random = new Random(7);
        double[] scores = random.doubles(5_000).toArray();
        TopN top = new TopN(25);
        for (int i = 0; i < scores.length; i++) {
            top.offer(i, scores[i]);
        }
        int[] expected = java.util.stream.IntStream.range(0, scores.length).boxed()
                .sorted((a, b) -> Double.compare(scores[b], scores[a])).limit(25).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, top.indicesBestFirst());
        assertArrayEquals(new int[0], new TopN(0).indicesBestFirst(), Arrays.toString(expected));
    }
}
