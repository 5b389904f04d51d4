package io.sparkworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void aCountOfOneTakesTheSingularNoun() {
        // The customer card said "1 orders, ... 1 purchased lines".
        assertThat(Formats.count(1, "order")).isEqualTo("1 order");
        assertThat(Formats.count(0, "order")).isEqualTo("0 orders");
        assertThat(Formats.count(2_500, "purchased line")).isEqualTo("2,500 purchased lines");
    }
}
