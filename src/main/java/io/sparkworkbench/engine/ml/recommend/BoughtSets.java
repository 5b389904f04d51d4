package io.sparkworkbench.engine.ml.recommend;

import java.util.Arrays;

/** What each customer bought, as sorted product indices per customer (compressed rows), for exact exclusion. */
final class BoughtSets {

    private static final int[] NONE = new int[0];

    private final long[] customers;
    private final int[] offsets;
    private final int[] products;

    private BoughtSets(long[] customers, int[] offsets, int[] products) {
        this.customers = customers;
        this.offsets = offsets;
        this.products = products;
    }

    /** From (customer, product index) pairs in any order; duplicates collapse. */
    static BoughtSets of(long[] customerIds, int[] productIndices) {
        if (customerIds.length != productIndices.length) {
            throw new IllegalArgumentException("Bought pairs: " + customerIds.length + " customers vs " + productIndices.length + " products");
        }
        int n = customerIds.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> customerIds[a] != customerIds[b] ? Long.compare(customerIds[a], customerIds[b])
                : Integer.compare(productIndices[a], productIndices[b]));
        long[] distinctCustomers = new long[n];
        int[] offsets = new int[n + 1];
        int[] products = new int[n];
        int customerCount = 0;
        int productCount = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            boolean newCustomer = customerCount == 0 || distinctCustomers[customerCount - 1] != customerIds[i];
            if (newCustomer) {
                distinctCustomers[customerCount] = customerIds[i];
                offsets[customerCount] = productCount;
                customerCount++;
            } else if (products[productCount - 1] == productIndices[i]) {
                continue;
            }
            products[productCount++] = productIndices[i];
        }
        offsets[customerCount] = productCount;
        return new BoughtSets(Arrays.copyOf(distinctCustomers, customerCount), Arrays.copyOf(offsets, customerCount + 1), Arrays.copyOf(products, productCount));
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
