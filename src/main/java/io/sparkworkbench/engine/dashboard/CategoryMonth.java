package io.sparkworkbench.engine.dashboard;

import java.time.YearMonth;

/** Revenue of one category in one month. */
public record CategoryMonth(YearMonth month, String category, double revenue) {
}
