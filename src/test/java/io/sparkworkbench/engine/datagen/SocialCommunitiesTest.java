package io.sparkworkbench.engine.datagen;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The community placement is a bijection of slots and ids, the same in Java and in Spark, and mostly one segment. */
class SocialCommunitiesTest {

    private static final long SEED = 42;

    /** 3,710 leaves a last community of 10 unmixed slots; 100 is the smallest data set (two communities). */
    @ParameterizedTest
    @ValueSource(longs = {100, 3_710, 10_000})
    void slotsAndIdsAreOneToOneAndAgreeWithCommunityOf(long customers) {
        SocialCommunities communities = new SocialCommunities(new CustomerLayout(customers, new HashRandom(SEED)), SEED);
        List<Row> rows = DataGenTestSupport.spark().range(0, customers).toDF("slot")
                .withColumn("customer_id", communities.idOfSlot(col("slot")))
                .withColumn("back", communities.slotOfId(col("customer_id")))
                .collectAsList();
        Set<Long> ids = new HashSet<>();
        for (Row row : rows) {
            long slot = row.getLong(0);
            long id = row.getLong(1);
            assertThat(id).as("id in slot %d", slot).isBetween(1L, customers);
            assertThat(row.getLong(2)).as("slot of id %d", id).isEqualTo(slot);
            assertThat(communities.communityOf(id)).as("community of id %d", id).isEqualTo(slot / SocialCommunities.COMMUNITY_SIZE);
            ids.add(id);
        }
        assertThat(ids).hasSize(Math.toIntExact(customers));
        assertThat(communities.communities()).isEqualTo((customers + 49) / 50);
    }

    @Test
    void communitiesAreMostlyOneSegmentWithMembersFromElsewhere() {
        long customers = 10_000;
        SocialCommunities communities = SocialCommunities.of(customers, SEED);
        CustomerLayout layout = CustomerLayout.of(customers, SEED);
        Map<Long, Map<CustomerSegment, Integer>> mix = new HashMap<>();
        for (long id = 1; id <= customers; id++) {
            mix.computeIfAbsent(communities.communityOf(id), c -> new EnumMap<>(CustomerSegment.class))
                    .merge(layout.segmentOf(id), 1, Integer::sum);
        }
        assertThat(mix).hasSize(200);
        long mixed = 0;
        for (Map<CustomerSegment, Integer> members : mix.values()) {
            int largest = members.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            // 40 local members share a segment (scale 1's segment blocks are multiples of 50); the 10 mixed ones
            // come from anywhere, so some of them can share it too.
            assertThat(largest).isGreaterThanOrEqualTo((int) SocialCommunities.LOCAL_MEMBERS);
            if (members.size() > 1) {
                mixed++;
            }
        }
        assertThat(mixed).as("communities with members of another segment").isGreaterThan(190);
    }

    @Test
    void anIdOutsideTheDataSetIsRefusedByName() {
        SocialCommunities communities = SocialCommunities.of(1_000, SEED);
        assertThatThrownBy(() -> communities.communityOf(1_001)).hasMessage("No customer 1001 among 1000");
        assertThatThrownBy(() -> communities.communityOf(0)).hasMessage("No customer 0 among 1000");
    }
}
