package io.sparkworkbench.engine.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.junit.jupiter.api.Test;

/**
 * Each salt belongs to one draw. Two draws with the same salt (and the same kind of key) get the same
 * number, so their values are silently coupled: clickstream's device once reused a candidate session day.
 * Building every table's plan records, for each salt, where it is drawn; a salt drawn at two places is a
 * reuse. Shared formulas (a customer's signup day, recomputed in several tables) draw from one place.
 */
class HashRandomSaltsTest {

    /** Methods that take a salt from their caller and derive draws from it: the caller owns those salts. */
    private static final Set<String> SALT_HELPERS = Set.of(
            "normal", "pickProduct", "seasonalDay", "secondOfDay", "pickSegment", "pickCustomerIn");

    @Test
    void everySaltIsDrawnAtOnePlace() {
        Map<Long, Set<String>> sites = new TreeMap<>();
        HashRandom recording = new HashRandom(42) {
            @Override
            Column uniform(long salt, Column... keys) {
                sites.computeIfAbsent(salt, s -> new TreeSet<>()).add(drawSite());
                return super.uniform(salt, keys);
            }
        };
        TableFrames frames = new TableFrames(DataGenTestSupport.spark(), new GeneratorModel(0.01, recording));
        for (EcommerceTable table : EcommerceTable.values()) {
            frames.build(table);
        }
        assertThat(sites).as("salts drawn").hasSizeGreaterThan(50);
        Map<Long, Set<String>> reused = new TreeMap<>(sites);
        reused.values().removeIf(places -> places.size() == 1);
        assertThat(reused).as("salts drawn at more than one place").isEmpty();
    }

    private static String drawSite() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> !f.getClassName().startsWith(HashRandom.class.getName()))
                .filter(f -> !f.getClassName().startsWith(HashRandomSaltsTest.class.getName()))
                .filter(f -> !SALT_HELPERS.contains(f.getMethodName()))
                .findFirst()
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + ":" + f.getLineNumber())
                .orElseThrow());
    }
}
