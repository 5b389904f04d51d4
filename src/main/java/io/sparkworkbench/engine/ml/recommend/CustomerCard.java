package io.sparkworkbench.engine.ml.recommend;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the browser shows about one customer: the profile, their segment's name when the segmentation tab
 * registered {@code customer_segments} (empty otherwise, with {@code segmentNote} saying why), totals, and the
 * newest {@code history.size()} of {@code historyLines} purchased lines.
 */
public record CustomerCard(CustomerHit customer, String city, LocalDate signupDate, String loyaltyTier,
                           Optional<String> segment, String segmentNote, long orders, double spend,
                           List<HistoryLine> history, long historyLines) {

    public CustomerCard {
        history = List.copyOf(history);
    }
}
