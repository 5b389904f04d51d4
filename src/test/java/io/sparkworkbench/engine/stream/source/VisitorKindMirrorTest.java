package io.sparkworkbench.engine.stream.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.datagen.CustomerSegment;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

/**
 * The simulator copies a few of the generator's package-private constants (datagen is not to change for it):
 * this test fails when the generator's values move and the copies do not.
 */
class VisitorKindMirrorTest {

    @Test
    void categoryTastesVisitWeightsAndCategoriesMatchTheGenerators() throws Exception {
        Class<?> taste = Class.forName("io.sparkworkbench.engine.datagen.CategoryTaste");
        double[][] weights = (double[][]) field(taste, "WEIGHTS");
        String[] categories = (String[]) field(taste, "CATEGORIES");
        assertThat(VisitorKind.GENERATED_CATEGORIES).containsExactly(categories);
        Method orderWeight = CustomerSegment.class.getDeclaredMethod("orderWeight");
        orderWeight.setAccessible(true);
        for (CustomerSegment segment : CustomerSegment.values()) {
            VisitorKind kind = VisitorKind.of(segment);
            assertThat(kind.visitWeight()).as(segment + " visit weight").isEqualTo((double) orderWeight.invoke(segment));
            for (int c = 0; c < categories.length; c++) {
                assertThat(kind.categoryWeight(c)).as(segment + " taste for " + categories[c]).isEqualTo(weights[segment.ordinal()][c]);
            }
        }
        Class<?> tasteGroups = Class.forName("io.sparkworkbench.engine.datagen.TasteGroups");
        assertThat(ProductPicker.IN_GROUP_SHARE).isEqualTo((double) field(tasteGroups, "IN_GROUP_SHARE"));
        Class<?> model = Class.forName("io.sparkworkbench.engine.datagen.GeneratorModel");
        assertThat(ProductPicker.POPULARITY_SKEW).isEqualTo((double) field(model, "POPULARITY_SKEW"));
    }

    private static Object field(Class<?> type, String name) throws Exception {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(null);
    }
}
