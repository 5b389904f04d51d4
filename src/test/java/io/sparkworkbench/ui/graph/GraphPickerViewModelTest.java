package io.sparkworkbench.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sparkworkbench.engine.graph.GraphKind;
import io.sparkworkbench.engine.graph.GraphSource;
import io.sparkworkbench.engine.sql.CatalogEntry;
import io.sparkworkbench.engine.sql.CatalogSnapshot;
import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.ui.graph.GraphPickerViewModel.Choice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The picker turns a point-and-click choice into a graph source, or names what is wrong with it. */
class GraphPickerViewModelTest {

    private static final List<ColumnInfo> FLIGHTS = List.of(new ColumnInfo("origin", "string"), new ColumnInfo("dest", "string"),
            new ColumnInfo("seats", "int"), new ColumnInfo("carrier", "string"));
    private static final CatalogSnapshot CATALOG = new CatalogSnapshot(Map.of("flights", FLIGHTS), List.of(),
            List.of(new CatalogEntry("flights", "", true, FLIGHTS)));

    @Test
    void aViewWithTwoColumnsAndAWeightMakesACustomGraph() {
        GraphPickerViewModel picker = new GraphPickerViewModel();
        picker.setCatalog(CATALOG);
        picker.choiceProperty().set(Choice.VIEW);
        assertThat(picker.views()).containsExactly("flights");
        picker.viewProperty().set("flights");
        assertThat(picker.columns()).containsExactly("origin", "dest", "seats", "carrier");
        picker.sourceColumnProperty().set("origin");
        picker.destinationColumnProperty().set("dest");
        picker.weightColumnProperty().set("seats");
        picker.directedProperty().set(false);
        GraphSource s = picker.source();
        assertThat(s.kind()).isEqualTo(GraphKind.CUSTOM);
        assertThat(s.view()).isEqualTo("flights");
        assertThat(s.weight()).hasValue("seats");
        assertThat(s.directed()).isFalse();
        assertThat(GraphPickerViewModel.layoutName(s)).isEqualTo("view-flights-origin-dest-undirected");
    }

    @Test
    void badChoicesAreNamed() {
        GraphPickerViewModel picker = new GraphPickerViewModel();
        picker.setCatalog(CATALOG);
        picker.choiceProperty().set(Choice.VIEW);
        assertThatThrownBy(picker::source).hasMessage("Choose the view to build the graph from");
        picker.viewProperty().set("nowhere");
        assertThatThrownBy(picker::source).hasMessage("There is no view or table named nowhere in the session");
        picker.viewProperty().set("flights");
        assertThatThrownBy(picker::source).hasMessage("Choose the source column of flights");
        picker.sourceColumnProperty().set("origin");
        picker.destinationColumnProperty().set("origin");
        assertThatThrownBy(picker::source).hasMessage("The source and destination columns of flights must differ (both are origin)");
        picker.destinationColumnProperty().set("arrival");
        assertThatThrownBy(picker::source).hasMessage("The destination column arrival is not a column of flights");
        picker.destinationColumnProperty().set("dest");
        picker.weightColumnProperty().set("carrier");
        assertThatThrownBy(picker::source).hasMessage("The weight column carrier of flights is string, not a number");
        picker.weightColumnProperty().set("");
        assertThat(picker.source().weight()).isEmpty();

        picker.choiceProperty().set(Choice.CO_PURCHASE);
        picker.minWeightProperty().set(0);
        assertThatThrownBy(picker::source).hasMessage("The co-purchase minimum weight must lie within 1..1000, not 0");
        picker.minWeightProperty().set(3);
        assertThat(picker.source().minWeight()).isEqualTo(3);
        assertThat(GraphPickerViewModel.layoutName(picker.source())).isEqualTo("co-purchase-w3");
    }
}
