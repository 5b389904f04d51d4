package io.sparkworkbench.engine.ml.recommend;

import java.util.Arrays;

/** What each customer bought, as sorted product indices per customer (compressed rows), for exact exclusion. */
final class BoughtSets {

    private static final int[] NONE = new int[0];
    private static final int PRODUCT_BITS = 31;
    private static final long PRODUCT_MASK = (1L << PRODUCT_BITS) - 1;
    private static final long MAX_CUSTOMER = (1L << (63 - PRODUCT_BITS)) - 1;

    private final long[] customers;
    private final int[] offsets;
    private final int[] products;

    private BoughtSets(long[] customers, int[] offsets, int[] products) {
        this.customers = customers;
        this.offsets = offsets;
        this.products = products;
    }

    /**
     * From (customer, product index) pairs in any order; duplicates collapse. The pairs are packed into one
     * long each and sorted as primitives: at scale 100 there are ~13M of them, and boxed sort keys cost ~16 bytes a pair more.
     */
    static BoughtSets of(long[] customerIds, int[] productIndices) {
        if (customerIds.length != productIndices.length) {
            throw new IllegalArgumentException("Bought pairs: " + customerIds.length + " customers vs " + productIndices.length + " products");
        }
        int n = customerIds.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            if (customerIds[i] < 0 || customerIds[i] > MAX_CUSTOMER || productIndices[i] < 0) {
                throw new IllegalArgumentException("Customer id " + customerIds[i] + " or product index " + productIndices[i]
                        + " is out of range (ALS ids are non-negative ints)");
            }
            packed[i] = customerIds[i] << PRODUCT_BITS | productIndices[i];
        }
        Arrays.sort(packed);
        long[] distinctCustomers = new long[n];
        int[] offsets = new int[n + 1];
        int[] products = new int[n];
        int customerCount = 0;
        int productCount = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0 && packed[k] == packed[k - 1]) {
                continue;
            }
            long customer = packed[k] >>> PRODUCT_BITS;
            if (customerCount == 0 || distinctCustomers[customerCount - 1] != customer) {
                distinctCustomers[customerCount] = customer;
                offsets[customerCount] = productCount;
                customerCount++;
            }
            products[productCount++] = (int) (packed[k] & PRODUCT_MASK);
        }
        offsets[customerCount] = productCount;
        return new BoughtSets(Arrays.copyOf(distinctCustomers, customerCount), Arrays.copyOf(offsets, customerCount + 1),
                Arrays.copyOf(products, productCount));
    }

    /** The customer's bought product indices, ascending (empty when they bought nothing). */
    int[] of(long customerId) {
        int c = Arrays.binarySearch(customers, customerId);
        return c < 0 ? NONE : Arrays.copyOfRange(products, offsets[c], offsets[c + 1]);
    }

    boolean bought(long customerId, int productIndex) {
        int c = Arrays.binarySearch(customers, customerId);
        return c >= 0 && Arrays.binarySearch(products, offsets[c], offsets[c + 1], productIndex) >= 0;
    }
}
