package io.sparkworkbench.engine.datagen;

/**
 * The latent customer segments planted in the data (see docs/data-model.md). They are never a column:
 * analytics are meant to rediscover them from behaviour. Each segment fixes how often its customers
 * order, when (signup window and how long they stay active), how much they spend per item and how
 * often they use discounts; {@link CategoryTaste} fixes what they buy.
 *
 * @param share          fraction of customers
 * @param orderWeight    relative orders per customer
 * @param signupFrom     earliest signup, as a fraction of the two-year period
 * @param signupTo       latest signup, as a fraction of the period
 * @param activeSpan     how long after signup they keep ordering, as a fraction of the period (1 = to the end)
 * @param priceAffinity  how far up the price range their picks go: the odds of taking the dearer of two candidate
 *                       products are its square (premium above 1, cheap below; see {@link #dearerChance()})
 * @param basketSize     multiplies the basket-size scale (more lines per order above 1)
 * @param discountRate   chance an order carries a discount
 */
public enum CustomerSegment {
    CHAMPIONS("Champions", 0.08, 8.0, 0.00, 0.65, 1.00, 2.0, 1.7, 0.10),
    LOYAL("Loyal regulars", 0.20, 5.5, 0.00, 0.55, 1.00, 1.0, 1.2, 0.20),
    BARGAIN_HUNTERS("Bargain hunters", 0.25, 2.1, 0.10, 0.75, 1.00, 0.65, 1.1, 0.85),
    NEWCOMERS("Newcomers", 0.25, 1.8, 0.78, 0.98, 1.00, 1.0, 1.0, 0.30),
    LAPSED("Lapsed", 0.22, 1.0, 0.00, 0.25, 0.23, 1.0, 1.0, 0.20);

    private final String label;
    private final double share;
    private final double orderWeight;
    private final double signupFrom;
    private final double signupTo;
    private final double activeSpan;
    private final double priceAffinity;
    private final double basketSize;
    private final double discountRate;

    CustomerSegment(String label, double share, double orderWeight, double signupFrom, double signupTo,
                    double activeSpan, double priceAffinity, double basketSize, double discountRate) {
        this.label = label;
        this.share = share;
        this.orderWeight = orderWeight;
        this.signupFrom = signupFrom;
        this.signupTo = signupTo;
        this.activeSpan = activeSpan;
        this.priceAffinity = priceAffinity;
        this.basketSize = basketSize;
        this.discountRate = discountRate;
    }

    public String label() {
        return label;
    }

    public double share() {
        return share;
    }

    double orderWeight() {
        return orderWeight;
    }

    double signupFrom() {
        return signupFrom;
    }

    double signupTo() {
        return signupTo;
    }

    double activeSpan() {
        return activeSpan;
    }

    double priceAffinity() {
        return priceAffinity;
    }

    double basketSize() {
        return basketSize;
    }

    /**
     * Chance that a line takes the dearer of two candidate products of its category: the odds are
     * affinity squared, so 1 is indifferent (the popularity skew alone decides), above 1 premium, below cheap.
     */
    double dearerChance() {
        double odds = priceAffinity * priceAffinity;
        return odds / (1 + odds);
    }

    double discountRate() {
        return discountRate;
    }

    static double[] column(java.util.function.ToDoubleFunction<CustomerSegment> f) {
        CustomerSegment[] all = values();
        double[] out = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = f.applyAsDouble(all[i]);
        }
        return out;
    }
}
