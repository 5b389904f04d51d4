package io.sparkworkbench.engine.ml.recommend;

import java.time.LocalDate;
import java.util.OptionalInt;

/** One purchased line of a customer's history, newest first, with the customer's rating of it when they left one. */
public record HistoryLine(ProductInfo product, LocalDate date, int quantity, OptionalInt rating) {
}
