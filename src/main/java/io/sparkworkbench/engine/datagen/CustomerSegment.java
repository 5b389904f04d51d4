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
 * @param priceAffinity  multiplies how far up the price range their picks go (premium vs cheap)
 * @param discountRate   chance an order carries a discount
 */
public enum CustomerSegment {
    CHAMPIONS("Champions", 0.08, 6.0, 0.00, 0.60, 1.00, 1.6, 0.10),
    LOYAL("Loyal regulars", 0.22, 3.2, 0.00, 0.70, 1.00, 1.1, 0.20),
    BARGAIN_HUNTERS("Bargain hunters", 0.25, 2.0, 0.00, 0.75, 1.00, 0.6, 0.85),
    NEWCOMERS("Newcomers", 0.25, 1.0, 0.78, 0.98, 1.00, 1.0, 0.30),
    LAPSED("Lapsed", 0.20, 1.4, 0.00, 0.35, 0.30, 1.0, 0.20);

    private final String label;
    private final double share;
    private final double orderWeight;
    private final double signupFrom;
    private final double signupTo;
    private final double activeSpan;
    private final double priceAffinity;
    private final double discountRate;

    CustomerSegment(String label, double share, double orderWeight, double signupFrom, double signupTo,
                    double activeSpan, double priceAffinity, double discountRate) {
        this.label = label;
        this.share = share;
        this.orderWeight = orderWeight;
        this.signupFrom = signupFrom;
        this.signupTo = signupTo;
        this.activeSpan = activeSpan;
        this.priceAffinity = priceAffinity;
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
