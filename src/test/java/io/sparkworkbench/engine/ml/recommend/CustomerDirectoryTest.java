package io.sparkworkbench.engine.ml.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDirectoryTest {

    private static final CustomerDirectory DIRECTORY = CustomerDirectory.of(List.of(
            new CustomerHit(12, "Ana Lima", "ana.lima.12@example.com", "Brazil"),
            new CustomerHit(1, "Zoë Müller", "zoe.muller.1@example.com", "Germany"),
            new CustomerHit(120, "Ben Ana", "ben.ana.120@example.com", "US"),
            new CustomerHit(3, "Carl Dane", "carl.dane.3@example.com", "US"),
            new CustomerHit(1205, "Dora Fox", "dora.fox.1205@example.com", null)));

    @Test
    void digitsFindTheIdThenIdsStartingWithIt() {
        assertEquals(List.of(12L, 120L, 1205L), ids(DIRECTORY.search("12", 10)));
        assertEquals(List.of(1L, 12L), ids(DIRECTORY.search("1", 2)));
    }

    @Test
    void namesStartingWithTheTextComeBeforeNamesOrEmailsContainingIt() {
        assertEquals(List.of(12L, 120L), ids(DIRECTORY.search("ana", 10)));
        assertEquals(List.of(12L, 120L), ids(DIRECTORY.search("  ANA ", 10)));
        assertEquals(List.of(3L), ids(DIRECTORY.search("dane.3@", 10)));
    }

    @Test
    void nonAsciiNamesMatchCaseInsensitively() {
        assertEquals(List.of(1L), ids(DIRECTORY.search("zoë m", 10)));
        assertEquals("Zoë Müller", DIRECTORY.byId(1).orElseThrow().name());
    }

    @Test
    void unknownIdsAndBlankQueriesFindNothing() {
        assertTrue(DIRECTORY.byId(999).isEmpty());
        assertTrue(DIRECTORY.search("", 10).isEmpty());
        assertTrue(DIRECTORY.search("xyz", 10).isEmpty());
        assertTrue(DIRECTORY.countryOf(1205).isEmpty());
        assertEquals("Brazil", DIRECTORY.countryOf(12).orElseThrow());
        assertEquals(5, DIRECTORY.size());
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CustomerDirectory.of(List.of(
                new CustomerHit(7, "A", "a@x", "US"), new CustomerHit(7, "B", "b@x", "US"))));
    }

    @Test
    void aLargeDirectoryStillFindsEveryMatchUpToTheLimit() {
        List<CustomerHit> many = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            many.add(new CustomerHit(i, "Name" + i, "n" + i + "@example.com", "US"));
        }
        CustomerDirectory big = CustomerDirectory.of(many);
        assertEquals(List.of(1999L, 19990L, 19991L), ids(big.search("1999", 3)));
        assertEquals(List.of(19999L), ids(big.search("name19999", 5)));
    }

    private static List<Long> ids(List<CustomerHit> hits) {
        return hits.stream().map(CustomerHit::customerId).toList();
    }
}
