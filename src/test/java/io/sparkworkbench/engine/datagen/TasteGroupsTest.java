package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** Taste groups: the Java mirrors agree with Spark, groups lean on segments, and in-group picks stay in the group. */
class TasteGroupsTest {

    private static final double SCALE = 0.2;
    private static final long SEED = 42;

    @Test
    void tasteGroupOfIdAgreesWithTheJavaMirrorAndLeansOnTheSegment() {
        TasteGroups groups = TasteGroups.of(SCALE, SEED);
        CustomerLayout layout = CustomerLayout.of(TableSizes.of(SCALE).customers(), SEED);
        List<Row> rows = DataGenTestSupport.spark().range(1, TableSizes.of(SCALE).customers() + 1)
                .select(col("id"), groups.tasteGroupOfId(col("id"))).collectAsList();
        long[][] bySegment = new long[CustomerSegment.values().length][TasteGroups.GROUPS];
        for (Row row : rows) {
            assertThat(groups.tasteGroupOf(row.getLong(0))).as("customer %d", row.getLong(0)).isEqualTo(row.getInt(1));
            bySegment[layout.segmentOf(row.getLong(0)).ordinal()][row.getInt(1)]++;
        }
        // Champions' home groups are 0 and 1 (a quarter each), every other group gets a twelfth.
        long champions = java.util.Arrays.stream(bySegment[CustomerSegment.CHAMPIONS.ordinal()]).sum();
        assertThat((double) bySegment[CustomerSegment.CHAMPIONS.ordinal()][0] / champions).isBetween(0.18, 0.32);
        assertThat((double) bySegment[CustomerSegment.CHAMPIONS.ordinal()][4] / champions).isBetween(0.03, 0.14);
        for (long[] segment : bySegment) {
            assertThat(segment).as("every segment meets every group").doesNotContain(0L);
        }
    }

    @Test
    void everyGroupOwnsProductsOfEveryCategoryAcrossThePopularityRanks() {
        TasteGroups groups = TasteGroups.of(1.0, SEED);
        List<Row> rows = DataGenTestSupport.spark().range(1, 501)
                .select(col("id"), groups.groupOfProductId(col("id"))).collectAsList();
        int[][] members = new int[GeneratorModel.CATEGORY_COUNT][TasteGroups.GROUPS];
        for (Row row : rows) {
            assertThat(groups.groupOfProduct(row.getLong(0))).isEqualTo(row.getInt(1));
            members[(int) ((row.getLong(0) - 1) % GeneratorModel.CATEGORY_COUNT)][row.getInt(1)]++;
        }
        for (int[] category : members) {
            for (int n : category) {
                assertThat(n).as("products of a group in a category").isBetween(7, 8);
            }
        }
        // The eight most popular products of a category (index 0..7) belong to eight different groups.
        assertThat(rows.subList(0, 64).stream().filter(r -> r.getLong(0) % 8 == 1).map(r -> r.getInt(1)).distinct().count())
                .isEqualTo(TasteGroups.GROUPS);
        assertThatThrownBy(() -> groups.groupOfProduct(501)).hasMessageContaining("No product 501 among 500");
    }

    @Test
    void inGroupPicksStayInTheGroupAndCategoryAndFavourTheGroupsPopularProducts() {
        GeneratorModel model = new GeneratorModel(1.0, SEED);
        int category = 3;
        int group = 5;
        List<Row> rows = DataGenTestSupport.spark().range(0, 20_000)
                .select(model.taste.pickProduct(model, lit(category), lit(group), lit(true), 42, col("id")).as("p"))
                .groupBy("p").count().orderBy(col("count").desc()).collectAsList();
        for (Row row : rows) {
            assertThat(row.getLong(0) % GeneratorModel.CATEGORY_COUNT).isEqualTo(category + 1);
            assertThat(model.taste.groupOfProduct(row.getLong(0))).isEqualTo(group);
        }
        assertThat(rows).hasSizeBetween(6, 8);
        // u^2.2 over the group's 7 or 8 products: the first takes about 40%.
        assertThat(rows.get(0).getLong(1)).isBetween(7_000L, 9_000L);
    }

    @Test
    void aCatalogueTooSmallForTheGroupFallsBackToTheWholeCategory() {
        // 40 products: 5 per category, so three groups own nothing in each category.
        GeneratorModel model = new GeneratorModel(0.01, SEED);
        List<Row> rows = DataGenTestSupport.spark().range(0, 2_000)
                .select(col("id"), model.taste.pickProduct(model, lit(2), col("id").mod(8).cast("int"), lit(true), 42,
                        col("id")).as("p"))
                .collectAsList();
        assertThat(rows).allSatisfy(row -> assertThat(row.getLong(1)).isBetween(1L, 40L));
        assertThat(rows).allSatisfy(row -> assertThat((row.getLong(1) - 1) % 8).isEqualTo(2));
    }
}
