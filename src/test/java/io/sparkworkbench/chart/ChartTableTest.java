package io.sparkworkbench.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTableTest {

    @Test
    void rejectsRowsWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> new ChartTable(List.of("a", "b"), List.of(List.of(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0 has 1 cells but the table has 2 columns");
    }

    @Test
    void keepsNullCellsAndIsACopy() {
        List<Object> row = new ArrayList<>(Arrays.asList("x", null));
        List<List<Object>> rows = new ArrayList<>(List.of(row));
        ChartTable table = new ChartTable(List.of("name", "value"), rows);

        row.set(0, "changed");
        rows.clear();

        assertThat(table.rows()).hasSize(1);
        assertThat(table.cell(0, "name")).isEqualTo("x");
        assertThat(table.cell(0, "value")).isNull();
        assertThatThrownBy(() -> table.rows().get(0).set(0, "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void emptyTableIsEmpty() {
        assertThat(ChartTable.empty().isEmpty()).isTrue();
        assertThat(new ChartTable(List.of("a"), List.of(List.of(1))).isEmpty()).isFalse();
    }
}
