package io.sparkworkbench.engine.ml.churn;

/**
 * A customer's churn risk in words. Fixed probability bounds rather than quantiles, so "high" means the
 * same on every data set and a retrained model moves customers between bands only when their risk moved.
 */
public enum RiskBand {
    LOW("low"), MEDIUM("medium"), HIGH("high");

    /** From this probability on a customer is at medium risk. */
    public static final double MEDIUM_FROM = 0.3;
    /** From this probability on a customer is at high risk. */
    public static final double HIGH_FROM = 0.6;

    private final String text;

    RiskBand(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public static RiskBand of(double probability) {
        return probability >= HIGH_FROM ? HIGH : probability >= MEDIUM_FROM ? MEDIUM : LOW;
    }

    public static RiskBand ofText(String text) {
        for (RiskBand b : values()) {
            if (b.text.equals(text)) {
                return b;
            }
        }
        throw new IllegalArgumentException("Unknown risk band '" + text + "'");
    }

    /** The SQL that gives the band of the probability column {@code column}. */
    static String sql(String column) {
        return "CASE WHEN " + column + " >= " + HIGH_FROM + " THEN 'high' WHEN " + column + " >= " + MEDIUM_FROM
                + " THEN 'medium' ELSE 'low' END";
    }
}
