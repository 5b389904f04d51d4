package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindBarTest {

    @Test
    void matchesArePlainTextNonOverlappingAndOptionallyCaseSensitive() {
        assertThat(FindBar.matches("Select sel SEL", "sel", false)).extracting(FindBar.Hit::start)
                .containsExactly(0, 7, 11);
        assertThat(FindBar.matches("Select sel SEL", "sel", true)).extracting(FindBar.Hit::start)
                .containsExactly(7);
        assertThat(FindBar.matches("aaaa", "aa", true)).extracting(FindBar.Hit::start).containsExactly(0, 2);
        assertThat(FindBar.matches("a.b", ".", true)).hasSize(1);
        assertThat(FindBar.matches("abc", "", false)).isEmpty();
    }
}
