package io.sparkworkbench.ui.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SqlFormatterTest {

    @Test
    void clausesGoOnTheirOwnLinesAndSelectItemsOnePerLine() {
        assertThat(SqlFormatter.format("select a, b as total from t where x > 1 group by a order by b desc limit 5"))
                .isEqualTo("""
                        SELECT a,
                          b AS total
                        FROM t
                        WHERE x > 1
                        GROUP BY a
                        ORDER BY b DESC
                        LIMIT 5""");
    }

    @Test
    void joinsAndUnionsStartLines() {
        assertThat(SqlFormatter.format("select * from a left outer join b on a.id = b.id join c using (id) "
                + "union all select * from d natural join e"))
                .isEqualTo("""
                        SELECT *
                        FROM a
                        LEFT OUTER JOIN b ON a.id = b.id
                        JOIN c USING (id)
                        UNION ALL
                        SELECT *
                        FROM d
                        NATURAL JOIN e""");
    }

    @Test
    void stringsQuotedIdentifiersAndCommentsAreLeftExactlyAsTheyWere() {
        String sql = "select 'select a,  b from t', `from  where`, \"x, y\" /* select\n  from */ from t -- where , x\nwhere c = 'it''s'";
        assertThat(SqlFormatter.format(sql)).isEqualTo("""
                SELECT 'select a,  b from t',
                  `from  where`,
                  "x, y" /* select
                  from */
                FROM t -- where , x
                WHERE c = 'it''s'""");
    }

    @Test
    void aLineCommentAlwaysEndsItsLineSoNothingIsCommentedOut() {
        assertThat(SqlFormatter.format("select a, -- first\nb -- second\nfrom t"))
                .isEqualTo("SELECT a, -- first\n  b -- second\nFROM t");
        assertThat(SqlFormatter.format("-- header\nselect 1")).isEqualTo("-- header\nSELECT 1");
    }

    @Test
    void bracketsDoNotBreakFunctionsOrWindowsButSubqueriesAreIndented() {
        assertThat(SqlFormatter.format("select extract(year from d), rank() over (partition by a order by b) "
                + "from (select a, b from t) x where a in (select a from u)"))
                .isEqualTo("""
                        SELECT extract(YEAR FROM d),
                          rank() OVER (PARTITION BY a ORDER BY b)
                        FROM (
                          SELECT a,
                            b
                          FROM t) x
                        WHERE a IN (
                          SELECT a
                          FROM u)""");
    }

    @Test
    void namesThatAreAlsoKeywordsKeepTheirCase() {
        assertThat(SqlFormatter.format("select t.date, x as year, year.month from t"))
                .isEqualTo("SELECT t.date,\n  x AS year,\n  year.month\nFROM t");
    }

    @Test
    void statementsAreSeparatedByABlankLineAndMarginsAreKept() {
        assertThat(SqlFormatter.format("  select 1;select 2; -- done\n"))
                .isEqualTo("  SELECT 1;\n\nSELECT 2; -- done\n");
    }

    @Test
    void unterminatedLiteralsAreLeftAlone() {
        assertThat(SqlFormatter.format("select 'abc, from")).isEqualTo("SELECT 'abc, from");
        assertThat(SqlFormatter.format("select /* open, from")).isEqualTo("SELECT /* open, from");
    }

    static List<String> samples() {
        return List.of(
                "select a, b as total from t where x > 1 group by a order by b desc limit 5",
                "select * from a left outer join b on a.id = b.id join c using (id) union all select * from d",
                "select 'select a,  b from t', `from  where` /* c\n  from */ from t -- where , x\nwhere c = 'it''s'",
                "select a, -- first\nb -- second\nfrom t",
                "with x as (select 1 as a) select a, sum(a) over (order by a) from x where a in (select 1);\n\n"
                        + "  -- next\n/* block */\nselect\n\n1",
                "SELECT\n  a,\n  b\nFROM t\n\nWHERE a=1 AND(b<2)",
                "insert into t values (1, 'a'), (2, 'b')",
                "select café, 1FROM, x.`y`.z from t",
                "select ((1 + 2) * 3) as n from t where (a or b) and c having count(*) > 1");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void formattingTwiceChangesNothingMore(String sql) {
        String once = SqlFormatter.format(sql);
        assertThat(SqlFormatter.format(once)).isEqualTo(once);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void onlyWhitespaceAndKeywordCaseChange(String sql) {
        String formatted = SqlFormatter.format(sql);
        assertThat(withoutSpace(formatted).toUpperCase()).isEqualTo(withoutSpace(sql).toUpperCase());
        // Every string literal, quoted identifier and comment survives byte for byte.
        for (SqlTokens.Token t : SqlTokens.tokenize(sql)) {
            if (t.kind() == SqlTokens.Kind.STRING || t.kind() == SqlTokens.Kind.QUOTED
                    || t.kind() == SqlTokens.Kind.COMMENT) {
                assertThat(formatted).contains(t.text());
            }
        }
    }

    private static String withoutSpace(String s) {
        return s.replaceAll("\\s+", "");
    }
}
