package io.sparkworkbench.engine.graph;

/**
 * The edges among a {@link NodeAttributes}' nodes: {@code source[i]} and {@code target[i]} are indexes into its
 * arrays, heaviest edges first. {@code matching} edges join two of those nodes; when more than the budget,
 * the lightest were cut and {@code note} says so.
 */
public record EdgeArrays(int[] source, int[] target, double[] weight, boolean directed, long matching, String note) {

    public int size() {
        return source.length;
    }

    public boolean cut() {
        return matching > source.length;
    }
}
