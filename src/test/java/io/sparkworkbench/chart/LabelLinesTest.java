package io.sparkworkbench.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Widths here are one unit a character, so each expectation can be counted on the fingers. */
class LabelLinesTest {

    private static final ToDoubleFunction<String> CHARS = String::length;

    @Test
    void aLabelThatFitsStaysOnOneLine() {
        assertThat(LabelLines.wrap("Champions · churn 19 %", 22, 2, CHARS)).containsExactly("Champions · churn 19 %");
    }

    @Test
    void aLabelThatDoesNotFitBreaksAtItsPartsFirstThenBetweenWords() {
        assertThat(LabelLines.wrap("Champions · churn 19 %", 18, 2, CHARS)).containsExactly("Champions", "churn 19 %");
        assertThat(LabelLines.wrap("Home & Kitchen", 8, 2, CHARS)).containsExactly("Home &", "Kitchen");
    }

    @Test
    void aUnitStaysWithItsNumber() {
        assertThat(LabelLines.wrap("churn 90 %", 9, 2, CHARS)).containsExactly("churn", "90 %");
    }

    @Test
    void aWordWiderThanTheLineIsShortenedNotCut() {
        assertThat(LabelLines.wrap("Champions", 6, 2, CHARS)).containsExactly("Champ…");
        assertThat(LabelLines.wrap("Electronics", 1, 2, CHARS)).containsExactly("E…");
    }

    @Test
    void linesBeyondTheMaximumEndTheLastKeptLineWithAnEllipsis() {
        assertThat(LabelLines.wrap("Bargain hunters · churn 69 %", 8, 2, CHARS)).containsExactly("Bargain", "hunters…");
        assertThat(LabelLines.wrap("one two three four", 9, 1, CHARS)).containsExactly("one two…");
    }
}
