package io.sparkworkbench.engine.stream.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.sparkworkbench.engine.EngineException;
import io.sparkworkbench.engine.datagen.CustomerLayout;
import io.sparkworkbench.engine.datagen.CustomerSegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator driven by a test clock: funnel order, late share, rates and flash sales, determinism. */
class ClickstreamSimulatorTest {

    private static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00:00Z

    @TempDir
    Path data;

    @Test
    void everySessionWalksTheFunnelInOrder() {
        ClickstreamSimulator sim = SimulatorFixtures.simulator(SimulatorConfig.of(7, 5_000), data, "funnel", T0);
        SimulatorFixtures.run(sim, T0, 10_000);
        sim.flush();
        List<JsonNode> events = SimulatorFixtures.readEvents(sim.folders().incoming());
        assertThat(events).hasSize(50_000);

        Map<Long, List<JsonNode>> sessions = events.stream().collect(Collectors.groupingBy(e -> e.get("session_id").asLong()));
        int purchases = 0;
        for (List<JsonNode> session : sessions.values()) {
            session.sort((a, b) -> Long.compare(a.get("event_id").asLong(), b.get("event_id").asLong()));
            List<String> types = session.stream().map(e -> e.get("event_type").asText()).toList();
            assertThat(types.get(0)).isIn("page_view", "search");
            int cart = types.indexOf("add_to_cart");
            int checkout = types.indexOf("checkout");
            int purchase = types.indexOf("purchase");
            if (cart >= 0) {
                assertThat(types.subList(0, cart)).contains("product_view");
                long focus = session.get(cart).get("product_id").asLong();
                assertThat(session.get(cart - 1).get("product_id").asLong()).as("the product viewed before the cart").isEqualTo(focus);
            }
            if (checkout >= 0) {
                assertThat(cart).isBetween(0, checkout - 1);
            }
            if (purchase >= 0) {
                purchases++;
                assertThat(checkout).isBetween(0, purchase - 1);
                JsonNode p = session.get(purchase);
                assertThat(p.get("amount").asDouble()).isPositive();
                assertThat(p.get("category").asText()).isNotBlank();
            }
            // Unfinished sessions (still open when the run ended) are a prefix of a valid one: no step repeats.
            assertThat(types.stream().filter(t -> t.equals("add_to_cart") || t.equals("checkout") || t.equals("purchase")))
                    .doesNotHaveDuplicates();
            assertThat(session.stream().map(e -> e.get("device").asText()).distinct()).hasSize(1);
        }
        assertThat(purchases).isPositive();
        assertThat(events.stream().filter(e -> !e.get("event_type").asText().equals("purchase")))
                .allMatch(e -> !e.has("amount"));
    }

    @Test
    void aPurchaseCostsItsProductsPriceTimesAQuantity() {
        ProductCatalogue catalogue = SimulatorFixtures.catalogue();
        ClickstreamSimulator sim = SimulatorFixtures.simulator(SimulatorConfig.of(8, 5_000), data, "amounts", T0);
        SimulatorFixtures.run(sim, T0, 5_000);
        sim.flush();
        List<JsonNode> purchases = SimulatorFixtures.readEvents(sim.folders().incoming()).stream()
                .filter(e -> e.get("event_type").asText().equals("purchase")).toList();
        assertThat(purchases).hasSizeGreaterThan(100);
        for (JsonNode p : purchases) {
            int index = (int) p.get("product_id").asLong() - 1;
            double quantity = p.get("amount").asDouble() / catalogue.price(index);
            assertThat(quantity).isCloseTo(Math.rint(quantity), within(0.01));
            assertThat(Math.rint(quantity)).isBetween(1.0, 3.0);
            assertThat(p.get("category").asText()).isEqualTo(catalogue.category(index));
        }
    }

    @Test
    void theConfiguredShareOfEventsIsLateSomeBeyondAOneMinuteWatermark() {
        ClickstreamSimulator sim = SimulatorFixtures.simulator(SimulatorConfig.of(9, 10_000).withLateShare(0.1), data, "late", T0);
        SimulatorFixtures.run(sim, T0, 6_000);
        sim.flush();
        List<JsonNode> events = SimulatorFixtures.readEvents(sim.folders().incoming());
        List<Long> lateness = events.stream().map(e -> millis(e, "emitted_ts") - millis(e, "event_ts")).filter(d -> d > 0).toList();
        double lateShare = (double) lateness.size() / events.size();
        long beyond = lateness.stream().filter(d -> d > 60_000).count();
        assertThat(lateShare).isBetween(0.09, 0.11);
        assertThat((double) beyond / lateness.size()).isBetween(0.25, 0.35);
        assertThat(lateness).allMatch(d -> d >= 2_000 && d <= 300_000);
        SimulatorCounters counters = sim.counters();
        assertThat(counters.lateEvents()).isEqualTo(lateness.size());
        assertThat(counters.beyondWatermark()).isEqualTo(beyond);
        // Out of order: a late event follows events with a later event time in the same file.
        assertThat(events.stream().filter(e -> millis(e, "event_ts") < millis(e, "emitted_ts"))).isNotEmpty();
    }

    @Test
    void theRateIsHeldChangesWhileRunningAndAFlashSaleMultipliesItForThirtySeconds() {
        ClickstreamSimulator sim = SimulatorFixtures.simulator(SimulatorConfig.of(10, 2_000), data, "rate", T0);
        long now = SimulatorFixtures.run(sim, T0, 10_000);
        assertThat(sim.counters().eventsProduced()).isEqualTo(20_000);

        sim.setRate(500);
        now = SimulatorFixtures.run(sim, now, 4_000);
        assertThat(sim.counters().eventsProduced()).isEqualTo(22_000);

        sim.flashSale();
        SimulatorFixtures.run(sim, now, 10_000);
        assertThat(sim.counters().flashSale()).isTrue();
        assertThat(sim.counters().eventsPerSecond()).isEqualTo(2_500);
        assertThat(sim.counters().eventsProduced()).isEqualTo(22_000 + 25_000);
        now += 10_000;
        now = SimulatorFixtures.run(sim, now, 25_000); // the sale ends 30 s after it started
        assertThat(sim.counters().flashSale()).isFalse();
        assertThat(sim.counters().eventsProduced()).isEqualTo(22_000 + 30 * 2_500 + 5 * 500);
        assertThatThrownBy(() -> sim.setRate(60_000)).isInstanceOf(EngineException.class).hasMessageContaining("100 and 50000");
    }

    @Test
    void aFlashSalePlansVisitsThatConvertMore() {
        SessionPlanner planner = new SessionPlanner(SimulatorFixtures.population(), SimulatorFixtures.catalogue());
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        int normal = 0;
        int sale = 0;
        for (int i = 0; i < 20_000; i++) {
            normal += endsInPurchase(planner.plan(i, false, random)) ? 1 : 0;
            sale += endsInPurchase(planner.plan(i, true, random)) ? 1 : 0;
        }
        assertThat(normal).isBetween(1_800, 3_000); // about 12% of visits: champions and loyal customers lift the 10% average
        assertThat((double) sale / normal).isBetween(1.8, 2.6);
    }

    private static boolean endsInPurchase(SessionPlanner.PlannedSession session) {
        return session.types[session.types.length - 1].equals("purchase");
    }

    @Test
    void championsConvertFarMoreOftenThanLapsedCustomersAndAThirdOfVisitsAreAnonymous() {
        ClickstreamSimulator sim = SimulatorFixtures.simulator(SimulatorConfig.of(12, 20_000), data, "segments", T0);
        SimulatorFixtures.run(sim, T0, 10_000);
        sim.flush();
        CustomerLayout layout = CustomerLayout.of(10_000, SimulatorFixtures.SEED);
        Map<Long, List<JsonNode>> sessions = SimulatorFixtures.readEvents(sim.folders().incoming()).stream()
                .collect(Collectors.groupingBy(e -> e.get("session_id").asLong()));
        Map<String, int[]> bySegment = new HashMap<>(); // [sessions, purchases]
        for (List<JsonNode> session : sessions.values()) {
            JsonNode first = session.get(0);
            String key = first.has("customer_id") ? layout.segmentOf(first.get("customer_id").asLong()).name() : "ANONYMOUS";
            int[] counts = bySegment.computeIfAbsent(key, k -> new int[2]);
            counts[0]++;
            if (session.stream().anyMatch(e -> e.get("event_type").asText().equals("purchase"))) {
                counts[1]++;
            }
        }
        double champions = rate(bySegment.get(CustomerSegment.CHAMPIONS.name()));
        double lapsed = rate(bySegment.get(CustomerSegment.LAPSED.name()));
        assertThat(champions).isGreaterThan(4 * lapsed);
        double anonymous = (double) bySegment.get("ANONYMOUS")[0] / sessions.size();
        assertThat(anonymous).isBetween(0.27, 0.33);
        // Busy segments visit more: champions are 8% of customers but about a fifth of known visits.
        int known = sessions.size() - bySegment.get("ANONYMOUS")[0];
        assertThat((double) bySegment.get(CustomerSegment.CHAMPIONS.name())[0] / known).isBetween(0.17, 0.27);
    }

    @Test
    void theSameSeedGivesTheSameEventsWhateverTheWallClock() {
        ClickstreamSimulator first = SimulatorFixtures.simulator(SimulatorConfig.of(13, 3_000), data, "first", T0);
        ClickstreamSimulator later = SimulatorFixtures.simulator(SimulatorConfig.of(13, 3_000), data, "later", T0 + 86_400_000);
        ClickstreamSimulator other = SimulatorFixtures.simulator(SimulatorConfig.of(14, 3_000), data, "other", T0);
        SimulatorFixtures.run(first, T0, 3_000);
        SimulatorFixtures.run(later, T0 + 86_400_000, 3_000);
        SimulatorFixtures.run(other, T0, 3_000);
        first.flush();
        later.flush();
        other.flush();
        List<String> a = withoutTimes(SimulatorFixtures.readEvents(first.folders().incoming()));
        List<String> b = withoutTimes(SimulatorFixtures.readEvents(later.folders().incoming()));
        List<String> c = withoutTimes(SimulatorFixtures.readEvents(other.folders().incoming()));
        assertThat(a).hasSize(9_000).isEqualTo(b).isNotEqualTo(c);
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedInTheMessage() throws Exception {
        Path streams = Files.createDirectories(data.resolve("streams").resolve("blocked"));
        Files.writeString(streams.resolve("incoming"), "a file where the watched folder should be");
        assertThatThrownBy(() -> SimulatorFixtures.simulator(SimulatorConfig.of(1, 100), data, "blocked", T0))
                .isInstanceOf(EventWriteException.class)
                .hasMessageContaining(streams.resolve("incoming").toString());
    }

    @Test
    void aFullBacklogPausesTheSimulatorUntilFilesAreConsumed() throws Exception {
        SimulatorConfig small = SimulatorConfig.of(15, 1_000).withMaxBacklogBytes(50_000);
        ClickstreamSimulator sim = SimulatorFixtures.simulator(small, data, "backlog", T0);
        long now = SimulatorFixtures.run(sim, T0, 3_000);
        assertThat(sim.counters().backlogFull()).isTrue();
        long paused = sim.counters().eventsProduced();
        now = SimulatorFixtures.run(sim, now, 3_000);
        assertThat(sim.counters().eventsProduced()).isEqualTo(paused);
        try (var files = Files.list(sim.folders().incoming())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        SimulatorFixtures.run(sim, now, 1_500);
        assertThat(sim.counters().eventsProduced()).isGreaterThan(paused);
    }

    private static double rate(int[] counts) {
        return (double) counts[1] / counts[0];
    }

    private static long millis(JsonNode event, String field) {
        return java.time.Instant.parse(event.get(field).asText()).toEpochMilli();
    }

    private static List<String> withoutTimes(List<JsonNode> events) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : events) {
            var copy = (com.fasterxml.jackson.databind.node.ObjectNode) e.deepCopy();
            copy.remove("event_ts");
            copy.remove("emitted_ts");
            out.add(copy.toString());
        }
        return out;
    }
}
