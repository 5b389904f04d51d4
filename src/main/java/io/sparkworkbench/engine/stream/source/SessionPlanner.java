package io.sparkworkbench.engine.stream.source;

import java.util.SplittableRandom;

/**
 * Plans one visit, mirroring the generator's sessions ({@code ClickstreamTable}, {@code SessionPatterns}): a length
 * of 1 + a geometric number of steps (mean 4.5), a landing page view (a search three times in ten), then product
 * views (or page views), and a funnel depth drawn for the visitor's kind deciding the last steps: add_to_cart,
 * checkout, purchase, all of the session's focus product. A session that reaches the cart always views that product
 * first, so every session walks the funnel in order. Devices and referrers use the generator's weights.
 */
final class SessionPlanner {

    static final String PAGE_VIEW = "page_view";
    static final String PRODUCT_VIEW = "product_view";
    static final String ADD_TO_CART = "add_to_cart";
    static final String CHECKOUT = "checkout";
    static final String PURCHASE = "purchase";
    static final String SEARCH = "search";

    static final String[] DEVICES = {"desktop", "mobile", "tablet"};
    private static final double[] DEVICE_ODDS = Odds.cumulative(new double[] {45, 45, 10});
    static final String[] REFERRERS = {"direct", "search", "social", "email", "ads"};
    private static final double[] REFERRER_ODDS = Odds.cumulative(new double[] {30, 30, 15, 10, 15});
    /** A flash sale is announced by e-mail and on social media: those bring more of its visitors. */
    private static final double[] FLASH_REFERRER_ODDS = Odds.cumulative(new double[] {20, 20, 25, 20, 15});
    private static final double MEAN_LENGTH = 4.5;
    private static final int MAX_EXTRA_STEPS = 15;
    /** During a flash sale a visit reaches the cart a third more often and purchases two and a half times as often. */
    static final double FLASH_CART_BOOST = 1.3;
    static final double FLASH_PURCHASE_BOOST = 2.5;
    /** Flash-sale prices are 20% off the list price. */
    static final double FLASH_PRICE_FACTOR = 0.8;
    private static final double[] QUANTITY_ODDS = Odds.cumulative(new double[] {80, 15, 5});

    private final CustomerPopulation population;
    private final ProductCatalogue catalogue;
    private final ProductPicker products;

    SessionPlanner(CustomerPopulation population, ProductCatalogue catalogue) {
        this.population = population;
        this.catalogue = catalogue;
        this.products = new ProductPicker(catalogue, population);
    }

    PlannedSession plan(long sessionId, boolean flashSale, SplittableRandom random) {
        boolean known = population.hasCustomers() && random.nextDouble() >= VisitorKind.ANONYMOUS_SHARE;
        long customer = known ? population.pickCustomer(random) : LiveEvent.NONE;
        VisitorKind kind = known ? population.kindOf(customer) : VisitorKind.ANONYMOUS;
        int group = known ? population.tasteGroupOf(customer) : -1;
        String device = DEVICES[Odds.draw(DEVICE_ODDS, random.nextDouble())];
        String referrer = REFERRERS[Odds.draw(flashSale ? FLASH_REFERRER_ODDS : REFERRER_ODDS, random.nextDouble())];

        int length = 1 + geometric(random);
        int depth = Odds.draw(Odds.cumulative(depthWeights(kind, flashSale)), random.nextDouble());
        if (depth > 0) {
            length = Math.max(length, depth + 2);
        }
        int focus = products.pick(kind, group, random);
        String[] types = new String[length];
        int[] productAt = new int[length];
        types[0] = random.nextDouble() < 0.3 ? SEARCH : PAGE_VIEW;
        productAt[0] = -1;
        int funnelStart = length - depth;
        for (int pos = 1; pos < funnelStart; pos++) {
            boolean viewsFocus = depth > 0 && pos == funnelStart - 1;
            if (viewsFocus || random.nextDouble() < 0.8) {
                types[pos] = PRODUCT_VIEW;
                productAt[pos] = viewsFocus || random.nextDouble() < 0.5 ? focus : products.pick(kind, group, random);
            } else {
                types[pos] = PAGE_VIEW;
                productAt[pos] = -1;
            }
        }
        String[] funnel = {ADD_TO_CART, CHECKOUT, PURCHASE};
        for (int step = 0; step < depth; step++) {
            types[funnelStart + step] = funnel[step];
            productAt[funnelStart + step] = focus;
        }
        double amount = LiveEvent.NO_AMOUNT;
        if (depth == 3) {
            int quantity = 1 + Odds.draw(QUANTITY_ODDS, random.nextDouble());
            double price = catalogue.price(focus) * (flashSale ? FLASH_PRICE_FACTOR : 1.0);
            amount = Math.round(price * quantity * 100) / 100.0;
        }
        return new PlannedSession(sessionId, customer, device, referrer, types, productAt, amount);
    }

    static double[] depthWeights(VisitorKind kind, boolean flashSale) {
        double[] weights = kind.depthWeights();
        if (flashSale) {
            weights[1] *= FLASH_CART_BOOST;
            weights[2] *= FLASH_CART_BOOST;
            weights[3] *= FLASH_PURCHASE_BOOST;
        }
        return weights;
    }

    private static int geometric(SplittableRandom random) {
        double u = random.nextDouble();
        return (int) Math.min(MAX_EXTRA_STEPS, Math.floor(Math.log(1 - u) / Math.log(1 - 1 / MEAN_LENGTH)));
    }

    /** A planned visit being played out one event at a time. */
    static final class PlannedSession {
        final long sessionId;
        final long customerId;
        final String device;
        final String referrer;
        final String[] types;
        final int[] productAt;
        final double purchaseAmount;
        int next;

        PlannedSession(long sessionId, long customerId, String device, String referrer, String[] types, int[] productAt,
                       double purchaseAmount) {
            this.sessionId = sessionId;
            this.customerId = customerId;
            this.device = device;
            this.referrer = referrer;
            this.types = types;
            this.productAt = productAt;
            this.purchaseAmount = purchaseAmount;
        }

        boolean done() {
            return next >= types.length;
        }
    }
}
