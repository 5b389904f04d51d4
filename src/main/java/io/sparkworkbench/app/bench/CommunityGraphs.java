package io.sparkworkbench.app.bench;

import io.sparkworkbench.ui.common.graph.GraphData;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Seeded synthetic graphs with planted communities and a heavy-tailed degree, like the social network:
 * nodes fall into communities of uneven size, each node has a Pareto-distributed activity, and an edge
 * picks its two ends by activity, both inside one community with probability {@code within}, otherwise
 * anywhere. Node size is the degree; colour is the community. Benchmark and demo data, not product data.
 */
public final class CommunityGraphs {

    private CommunityGraphs() {
    }

    public static GraphData communities(int nodes, int edges, int communities, double within, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] group = new int[nodes];
        double[] share = new double[communities];
        double total = 0;
        for (int c = 0; c < communities; c++) {
            share[c] = 0.5 + random.nextDouble();
            total += share[c];
        }
        double[] cumulativeShare = new double[communities];
        double acc = 0;
        for (int c = 0; c < communities; c++) {
            acc += share[c] / total;
            cumulativeShare[c] = acc;
        }
        for (int i = 0; i < nodes; i++) {
            int c = Arrays.binarySearch(cumulativeShare, random.nextDouble());
            group[i] = Math.min(communities - 1, c < 0 ? -c - 1 : c);
        }
        double[] activity = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            // Pareto with exponent 2.5, capped so one node cannot take every edge.
            activity[i] = Math.min(200, Math.pow(1 - random.nextDouble(), -1 / 1.5));
        }
        int[][] members = new int[communities][];
        double[][] cumulative = new double[communities][];
        for (int c = 0; c < communities; c++) {
            int community = c;
            members[c] = java.util.stream.IntStream.range(0, nodes).filter(i -> group[i] == community).toArray();
            cumulative[c] = cumulativeActivity(members[c], activity);
        }
        int[] everyone = java.util.stream.IntStream.range(0, nodes).toArray();
        double[] everyoneCumulative = cumulativeActivity(everyone, activity);
        int[] src = new int[edges];
        int[] dst = new int[edges];
        int[] degree = new int[nodes];
        for (int e = 0; e < edges; e++) {
            int a = pick(everyone, everyoneCumulative, random);
            int b = a;
            for (int attempt = 0; b == a && attempt < 20; attempt++) {
                b = random.nextDouble() < within && members[group[a]].length > 1
                        ? pick(members[group[a]], cumulative[group[a]], random) : pick(everyone, everyoneCumulative, random);
            }
            if (b == a) {
                b = (a + 1) % nodes;
            }
            src[e] = a;
            dst[e] = b;
            degree[a]++;
            degree[b]++;
        }
        long[] ids = new long[nodes];
        String[] labels = new String[nodes];
        float[] size = new float[nodes];
        for (int i = 0; i < nodes; i++) {
            ids[i] = 1_000_000L + i;
            labels[i] = "Customer " + ids[i];
            size[i] = degree[i];
        }
        String[] names = new String[communities];
        for (int c = 0; c < communities; c++) {
            names[c] = "Community " + (c + 1);
        }
        return GraphData.of(ids, labels, size, group, names, src, dst, null);
    }

    private static double[] cumulativeActivity(int[] members, double[] activity) {
        double[] cumulative = new double[members.length];
        double acc = 0;
        for (int k = 0; k < members.length; k++) {
            acc += activity[members[k]];
            cumulative[k] = acc;
        }
        return cumulative;
    }

    private static int pick(int[] members, double[] cumulative, SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int k = Arrays.binarySearch(cumulative, u);
        return members[Math.min(members.length - 1, k < 0 ? -k - 1 : k)];
    }
}
