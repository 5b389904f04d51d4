package io.sparkworkbench.ui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogTreeNamesTest {

    @Test
    void plainNamesStayPlainOthersAreBackquoted() {
        assertThat(CatalogTree.sqlName("orders")).isEqualTo("orders");
        assertThat(CatalogTree.sqlName("sales.orders")).isEqualTo("sales.orders");
        assertThat(CatalogTree.sqlName("my table")).isEqualTo("`my table`");
        assertThat(CatalogTree.sqlName("a`b")).isEqualTo("`a``b`");
        assertThat(CatalogTree.sqlName("1st")).isEqualTo("`1st`");
    }
}
