package io.sparkworkbench.engine.dashboard;

/** The dashboard's key figures, in the order the cards show them. */
public enum Kpi {
    REVENUE("Revenue", Unit.MONEY),
    ORDERS("Orders", Unit.COUNT),
    AVERAGE_ORDER_VALUE("Average order value", Unit.MONEY),
    CONVERSION_RATE("Conversion rate", Unit.SHARE),
    ACTIVE_CUSTOMERS("Active customers", Unit.COUNT),
    REPEAT_RATE("Repeat rate", Unit.SHARE);

    /** How a figure reads: an amount, a count, or a share between 0 and 1. */
    public enum Unit { MONEY, COUNT, SHARE }

    private final String label;
    private final Unit unit;

    Kpi(String label, Unit unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }
}
