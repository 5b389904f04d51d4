package io.sparkworkbench.engine.stream.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTableTest {

    private static WindowEntry e(long start, String key, double... values) {
        return new WindowEntry(start, start + 10, key, values);
    }

    @Test
    void replaceTakesEachRowAsTheKeysNewTotalAndABatchIdFoldsOnce() {
        WindowTable t = new WindowTable(WindowTable.Mode.REPLACE, 1, 10);
        assertThat(t.apply(0, List.of(e(0, "a", 3), e(0, "b", 1)))).isTrue();
        assertThat(t.apply(1, List.of(e(0, "a", 5)))).isTrue();
        assertThat(t.lastDelta()).isEqualTo(2);
        assertThat(t.apply(1, List.of(e(0, "a", 99)))).isFalse();
        assertThat(t.apply(0, List.of(e(0, "a", 99)))).isFalse();
        assertThat(t.entries()).extracting(x -> x.key() + "=" + x.values()[0]).containsExactly("a=5.0", "b=1.0");
        assertThat(t.lastBatchId()).isEqualTo(1);
    }

    @Test
    void addSumsRowsSoOnlyTheBatchIdStopsAReplayCountingTwice() {
        WindowTable t = new WindowTable(WindowTable.Mode.ADD, 2, 10);
        t.apply(4, List.of(e(0, "", 1, 10)));
        t.apply(5, List.of(e(0, "", 2, 20)));
        t.apply(5, List.of(e(0, "", 2, 20)));
        assertThat(t.entries().get(0).values()).containsExactly(3, 30);
    }

    @Test
    void onlyTheNewestWindowsAreKeptAndRowsForWindowsAlreadyGoneAreCountedNotKept() {
        WindowTable t = new WindowTable(WindowTable.Mode.REPLACE, 1, 2);
        t.apply(0, List.of(e(10, "a", 1), e(20, "a", 1), e(30, "a", 1)));
        assertThat(t.entries()).extracting(WindowEntry::startMs).containsExactly(20L, 30L);
        t.apply(1, List.of(e(10, "a", 7)));
        assertThat(t.entries()).extracting(WindowEntry::startMs).containsExactly(20L, 30L);
        assertThat(t.rowsTooOld()).isEqualTo(1);
    }

    @Test
    void encodedStateRestoresWithItsBatchIdAndStateOfAnotherShapeIsRefused() throws IOException {
        WindowTable t = new WindowTable(WindowTable.Mode.REPLACE, 2, 5);
        t.apply(7, List.of(e(0, "x", 1.5, 2), e(10, "y", 3, 4)));
        WindowTable back = new WindowTable(WindowTable.Mode.REPLACE, 2, 5);
        back.restore(t.encode());
        assertThat(back.lastBatchId()).isEqualTo(7);
        assertThat(back.entries()).usingRecursiveFieldByFieldElementComparator().isEqualTo(t.entries());
        assertThat(back.apply(7, List.of(e(0, "x", 100, 100)))).isFalse();

        WindowTable other = new WindowTable(WindowTable.Mode.ADD, 2, 5);
        assertThatThrownBy(() -> other.restore(t.encode())).isInstanceOf(IOException.class).hasMessageContaining("REPLACE rows of 2");
    }
}
