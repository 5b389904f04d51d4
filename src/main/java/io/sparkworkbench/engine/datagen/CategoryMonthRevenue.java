package io.sparkworkbench.engine.datagen;

import java.time.YearMonth;

/** One point of the "data is alive" chart: revenue of a category in a month. */
public record CategoryMonthRevenue(YearMonth month, String category, double revenue) {
}
