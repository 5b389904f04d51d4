package io.sparkworkbench.engine.ml.segment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log1p;

import io.sparkworkbench.engine.EngineContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * "Informative projections": every pair of features ranked by the silhouette of the segments in that
 * pair's plane, on a seeded sample, in two kinds of Spark job. Squared Euclidean silhouette needs only
 * per-segment counts, sums and sums of squares, so one aggregate gives every pair's segment statistics
 * and one pass over the sample adds up every pair's silhouettes (the method of Spark's
 * {@code ClusteringEvaluator}, done for all pairs at once instead of one evaluator per pair; as column
 * expressions the 55 pairs took minutes to plan).
 */
final class ProjectionRanking {

    static final int SAMPLE = 5_000;

    private ProjectionRanking() {
    }

    /**
     * @param features the columns to pair, each {@code log1p}-transformed when listed in {@code logged}
     */
    static List<ProjectionScore> rank(EngineContext context, Dataset<Row> predictions, List<String> features,
                                      java.util.Set<String> logged, int k, long total, long seed) {
        Dataset<Row> sample = (total > SAMPLE ? predictions.sample(false, Math.min(1.0, SAMPLE * 1.1 / total), seed).limit(SAMPLE)
                : predictions);
        List<Column> values = new ArrayList<>();
        values.add(col(SegmentationPipeline.SEGMENT).as("s"));
        for (int f = 0; f < features.size(); f++) {
            Column raw = col(features.get(f));
            values.add((logged.contains(features.get(f)) ? log1p(greatest(raw, lit(0.0))) : raw).as("v" + f));
        }
        Dataset<Row> points = sample.select(values.toArray(Column[]::new)).na().fill(0.0).cache();
        try {
            Stats stats = Stats.of(points, features.size(), k);
            context.checkCancelled();
            List<int[]> pairs = new ArrayList<>();
            for (int a = 0; a < features.size(); a++) {
                for (int b = a + 1; b < features.size(); b++) {
                    pairs.add(new int[] {a, b});
                }
            }
            int[][] pairArray = pairs.toArray(int[][]::new);
            double[] sums = points.javaRDD().mapPartitions(rows -> {
                double[] partial = new double[pairArray.length];
                while (rows.hasNext()) {
                    stats.addSilhouettes(rows.next(), pairArray, partial);
                }
                return java.util.List.of(partial).iterator();
            }).reduce(ProjectionRanking::add);
            long count = java.util.Arrays.stream(stats.n).sum();
            List<ProjectionScore> scores = new ArrayList<>();
            for (int i = 0; i < pairArray.length; i++) {
                scores.add(new ProjectionScore(features.get(pairArray[i][0]), features.get(pairArray[i][1]),
                        count == 0 ? 0 : sums[i] / count));
            }
            scores.sort(Comparator.comparingDouble(ProjectionScore::silhouette).reversed());
            return scores;
        } finally {
            points.unpersist(false);
        }
    }

    /** Per segment: count, and per feature the sum and sum of squares of the standardized values. */
    private record Stats(long[] n, double[][] sum, double[][] squares, double[] mean, double[] sd) implements java.io.Serializable {

        /** Adds this row's silhouette in the plane of every pair to {@code sums}. */
        void addSilhouettes(Row row, int[][] pairs, double[] sums) {
            int own = row.getInt(0);
            int k = n.length;
            for (int p = 0; p < pairs.length; p++) {
                int a = pairs[p][0];
                int b = pairs[p][1];
                double za = (row.getDouble(1 + a) - mean[a]) / sd[a];
                double zb = (row.getDouble(1 + b) - mean[b]) / sd[b];
                double norm = za * za + zb * zb;
                double inside = 0;
                double nearest = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    if (n[c] == 0) {
                        continue;
                    }
                    double meanDistance = norm - 2 * (za * sum[c][a] + zb * sum[c][b]) / n[c] + (squares[c][a] + squares[c][b]) / n[c];
                    if (c == own) {
                        // a(x) leaves x itself out of its own segment.
                        inside = n[c] > 1 ? meanDistance * n[c] / (n[c] - 1) : 0;
                    } else {
                        nearest = Math.min(nearest, meanDistance);
                    }
                }
                double top = Math.max(inside, nearest);
                if (Double.isFinite(nearest) && top > 0) {
                    sums[p] += (nearest - inside) / top;
                }
            }
        }

        static Stats of(Dataset<Row> points, int features, int k) {
            List<Column> aggregates = new ArrayList<>();
            for (int f = 0; f < features; f++) {
                aggregates.add(org.apache.spark.sql.functions.sum(col("v" + f)));
                aggregates.add(org.apache.spark.sql.functions.sum(col("v" + f).multiply(col("v" + f))));
            }
            long[] n = new long[k];
            double[][] rawSum = new double[k][features];
            double[][] rawSquares = new double[k][features];
            for (Row row : points.groupBy(col("s")).agg(count("*"), aggregates.toArray(Column[]::new)).collectAsList()) {
                int s = row.getInt(0);
                n[s] = row.getLong(1);
                for (int f = 0; f < features; f++) {
                    rawSum[s][f] = row.getDouble(2 + 2 * f);
                    rawSquares[s][f] = row.getDouble(3 + 2 * f);
                }
            }
            long total = java.util.Arrays.stream(n).sum();
            double[] mean = new double[features];
            double[] sd = new double[features];
            for (int f = 0; f < features; f++) {
                double s1 = 0;
                double s2 = 0;
                for (int s = 0; s < k; s++) {
                    s1 += rawSum[s][f];
                    s2 += rawSquares[s][f];
                }
                mean[f] = s1 / total;
                double variance = s2 / total - mean[f] * mean[f];
                sd[f] = variance > 1e-12 ? Math.sqrt(variance) : 1;
            }
            double[][] sum = new double[k][features];
            double[][] squares = new double[k][features];
            for (int s = 0; s < k; s++) {
                for (int f = 0; f < features; f++) {
                    // The same sums over z = (v - mean) / sd, without a second pass.
                    sum[s][f] = (rawSum[s][f] - n[s] * mean[f]) / sd[f];
                    squares[s][f] = (rawSquares[s][f] - 2 * mean[f] * rawSum[s][f] + n[s] * mean[f] * mean[f]) / (sd[f] * sd[f]);
                }
            }
            return new Stats(n, sum, squares, mean, sd);
        }
    }

    private static double[] add(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }
}
