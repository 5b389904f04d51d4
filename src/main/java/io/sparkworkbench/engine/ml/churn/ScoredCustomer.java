package io.sparkworkbench.engine.ml.churn;

/** One row of {@code customer_churn}: a customer's risk of placing no order in the next N days. */
public record ScoredCustomer(long customerId, double churnProbability, RiskBand riskBand) {
}
