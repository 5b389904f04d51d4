package io.sparkworkbench.engine.ml.segment;

/**
 * The adjusted Rand index of two labelings from their contingency table (Hubert and Arabie, 1985):
 * 1 for identical partitions up to renaming, about 0 for independent ones. Pairs are counted in doubles,
 * which stays exact far past a million customers.
 */
public final class AdjustedRand {

    private AdjustedRand() {
    }

    /** @param table {@code table[i][j]} = items in cluster i of one labeling and class j of the other */
    public static double of(long[][] table) {
        if (table.length == 0) {
            throw new IllegalArgumentException("An empty contingency table has no adjusted Rand index");
        }
        int columns = table[0].length;
        double[] columnSums = new double[columns];
        double index = 0;
        double rowPairs = 0;
        double n = 0;
        for (long[] row : table) {
            if (row.length != columns) {
                throw new IllegalArgumentException("Contingency table rows differ in length");
            }
            double rowSum = 0;
            for (int j = 0; j < columns; j++) {
                index += pairs(row[j]);
                rowSum += row[j];
                columnSums[j] += row[j];
            }
            rowPairs += pairs(rowSum);
            n += rowSum;
        }
        double columnPairs = 0;
        for (double sum : columnSums) {
            columnPairs += pairs(sum);
        }
        double expected = rowPairs * columnPairs / pairs(n);
        double max = (rowPairs + columnPairs) / 2;
        if (max == expected) {
            // Both labelings put everything in one group (or each item alone): they agree completely.
            return 1.0;
        }
        return (index - expected) / (max - expected);
    }

    private static double pairs(double count) {
        return count * (count - 1) / 2;
    }
}
