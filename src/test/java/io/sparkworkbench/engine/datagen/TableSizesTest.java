package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The previewed estimates follow the generator's formulas, caps included. */
class TableSizesTest {

    @Test
    void itemsPerOrderCountsTheTenLineCap() {
        // Mean of min(10, geometric + 1) over the segment mix; without the cap it would be ~2.477.
        assertThat(TableSizes.expectedItemsPerOrder()).isCloseTo(2.447, within(0.002));
    }
}
