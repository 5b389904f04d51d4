package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BracketMatcherTest {

    @Test
    void theBracketBeforeTheCaretPairsWithItsPartner() {
        String sql = "f(a, (b)) + 1";
        assertThat(BracketMatcher.find(sql, 9)).isEqualTo(new BracketMatcher.Match(8, 1));
        assertThat(BracketMatcher.find(sql, 2)).isEqualTo(new BracketMatcher.Match(1, 8));
    }

    @Test
    void withNoBracketBeforeTheCaretTheOneAfterItCounts() {
        assertThat(BracketMatcher.find("a [1] b", 2)).isEqualTo(new BracketMatcher.Match(2, 4));
        assertThat(BracketMatcher.find("a [1] b", 7)).isNull();
    }

    @Test
    void bracketsInStringsQuotedNamesAndCommentsAreIgnored() {
        String sql = "f(')', `)`, /* ) */ x -- )\n)";
        assertThat(BracketMatcher.find(sql, 2)).isEqualTo(new BracketMatcher.Match(1, sql.length() - 1));
        // A bracket inside a string is not one at all.
        assertThat(BracketMatcher.find(sql, 4)).isNull();
    }

    @Test
    void aBracketWithoutPartnerIsReportedUnmatched() {
        assertThat(BracketMatcher.find("(a, (b)", 1)).isEqualTo(new BracketMatcher.Match(0, -1));
        assertThat(BracketMatcher.find("a)", 2)).isEqualTo(new BracketMatcher.Match(1, -1));
        assertThat(BracketMatcher.find("(a]", 3).matched()).isFalse();
    }
}
