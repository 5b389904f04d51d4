package io.sparkworkbench.engine.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dashboard shows: a date range (both ends inclusive) and optional country, channel and segment (by
 * name). Every card and chart of one {@link DashboardData} is computed under the same filter.
 */
public record DashboardFilter(LocalDate from, LocalDate to, Optional<String> country, Optional<String> channel,
                              Optional<String> segment) {

    public DashboardFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        country = blankIsAll(country);
        channel = blankIsAll(channel);
        segment = blankIsAll(segment);
    }

    /** The whole range, no other filter. */
    public static DashboardFilter range(LocalDate from, LocalDate to) {
        return new DashboardFilter(from, to, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public DashboardFilter withCountry(String value) {
        return new DashboardFilter(from, to, Optional.ofNullable(value), channel, segment);
    }

    public DashboardFilter withChannel(String value) {
        return new DashboardFilter(from, to, country, Optional.ofNullable(value), segment);
    }

    public DashboardFilter withSegment(String value) {
        return new DashboardFilter(from, to, country, channel, Optional.ofNullable(value));
    }

    public DashboardFilter withRange(LocalDate newFrom, LocalDate newTo) {
        return new DashboardFilter(newFrom, newTo, country, channel, segment);
    }

    /** Days in the range, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first day of the period of equal length just before this one (which ends the day before {@link #from}). */
    public LocalDate previousFrom() {
        return from.minusDays(days());
    }

    private static Optional<String> blankIsAll(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(v -> !v.isBlank());
    }
}
