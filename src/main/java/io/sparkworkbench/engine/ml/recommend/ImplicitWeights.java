package io.sparkworkbench.engine.ml.recommend;

/**
 * How much one event of each kind adds to an implicit rating of a (customer, product) pair: a purchased line
 * counts {@code purchase}, an add-to-cart {@code cart}, a product view {@code view}.
 */
public record ImplicitWeights(double view, double cart, double purchase) {

    public static final ImplicitWeights DEFAULT = new ImplicitWeights(1, 3, 10);

    public ImplicitWeights {
        check("view", view);
        check("add-to-cart", cart);
        check("purchase", purchase);
        if (view + cart + purchase == 0) {
            throw new IllegalArgumentException("At least one implicit weight must be above 0");
        }
    }

    private static void check(String name, double weight) {
        if (!(weight >= 0 && weight <= 1000)) {
            throw new IllegalArgumentException("The " + name + " weight must be between 0 and 1000, not " + weight);
        }
    }
}
