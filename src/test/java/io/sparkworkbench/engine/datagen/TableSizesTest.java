package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The previewed estimates follow the generator's formulas, caps included. */
class TableSizesTest {

    @Test
    void itemsPerOrderCountsTheTenLineCap() {
        // Mean of min(10, geometric + 1) over the segment mix (one welcome order per customer, then by order
        // weight); without the cap it would be ~2.736.
        assertThat(TableSizes.of(1).expectedItemsPerOrder()).isCloseTo(2.696, within(0.002));
    }
}
