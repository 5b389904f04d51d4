package io.sparkworkbench.engine.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * What the filter bar offers for the open data set: the first and last order day, and the values found in the
 * data (countries of customers, channels of orders, segment names when segments exist).
 */
public record FilterChoices(LocalDate firstDay, LocalDate lastDay, List<String> countries, List<String> channels,
                            List<String> segments) {

    public FilterChoices {
        countries = List.copyOf(countries);
        channels = List.copyOf(channels);
        segments = List.copyOf(segments);
    }

    /** The last year of data (or all of it when shorter): the range the dashboard opens on. */
    public DashboardFilter defaultFilter() {
        LocalDate from = lastDay.minusYears(1).plusDays(1);
        return DashboardFilter.range(from.isBefore(firstDay) ? firstDay : from, lastDay);
    }
}
