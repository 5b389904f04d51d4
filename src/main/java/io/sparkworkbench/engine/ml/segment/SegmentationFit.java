package io.sparkworkbench.engine.ml.segment;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.datagen.CustomerLayout;
import io.sparkworkbench.engine.datagen.CustomerSegment;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.evaluation.ClusteringEvaluator;
import org.apache.spark.ml.feature.PCAModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Turns a fitted segmentation pipeline and {@code customer_features} into what the tab shows: quality,
 * profiles and names, the points to draw, centroids in the PCA plane and, for a generated data set, the
 * agreement with the planted segments. Runs inside an engine action.
 */
final class SegmentationFit {

    private final EngineContext context;
    private final DatasetKey key;

    SegmentationFit(EngineContext context, DatasetKey key) {
        this.context = context;
        this.key = key;
    }

    /**
     * The pipeline's predictions over every customer, in as few partitions as their size warrants (the
     * pipeline was fitted on the same layout), cached (the caller unpersists them).
     */
    Dataset<Row> predict(PipelineModel model) {
        return model.transform(FitInput.of(context.spark().table(FeatureTable.VIEW))).cache();
    }

    /**
     * Three Spark jobs beyond the fit itself: one aggregate gives sizes, profiles and the planted agreement,
     * one collect gives the points (with the scaled vectors when every customer is drawn, so the silhouette
     * is computed in the driver from them); only a sampled plot sends the silhouette to Spark's evaluator.
     */
    SegmentationResult describe(SegmentationRequest request, PipelineModel model, Dataset<Row> predictions,
                                Saved saved, int maxPoints, String savedTo) {
        KMeansModel kMeans = stage(model, KMeansModel.class);
        // A reloaded model has no training summary; its cost was recorded when it was saved, on the same data.
        double wssse = kMeans.hasSummary() ? kMeans.summary().trainingCost() : saved.wssse();
        List<String> names = saved == null ? null : saved.names();
        List<String> columns = featureColumns();
        ProfileTable profiles = profiles(predictions, columns, request.k());
        context.checkCancelled();
        List<String> segmentNames = names != null && names.size() == request.k() ? names
                : SegmentNamer.names(columns, profiles.overall(), profiles.rows());
        List<SegmentProfile> named = new ArrayList<>();
        for (SegmentProfile p : profiles.rows()) {
            named.add(p.withName(segmentNames.get(p.segment())));
        }
        Drawn drawn = points(predictions, columns, profiles.customers(), maxPoints, request.seed());
        context.checkCancelled();
        double silhouette = drawn.vectors() != null ? Silhouette.of(drawn.vectors(), drawn.points().segment(), request.k())
                : new ClusteringEvaluator().setFeaturesCol(SegmentationPipeline.SCALED)
                        .setPredictionCol(SegmentationPipeline.SEGMENT).evaluate(predictions);
        float[][] centroids = centroidsInPlane(kMeans, stage(model, PCAModel.class));
        return new SegmentationResult(request, profiles.customers(), wssse, silhouette, columns, profiles.overall(), named,
                drawn.points(), centroids[0], centroids[1], profiles.planted(), saved != null, savedTo);
    }

    /** The names the segmentation tab would give these predictions' segments (one aggregate). */
    List<String> names(Dataset<Row> predictions, int k) {
        List<String> columns = featureColumns();
        ProfileTable profiles = profiles(predictions, columns, k);
        return SegmentNamer.names(columns, profiles.overall(), profiles.rows());
    }

    /** What a saved model brings besides the pipeline: the cost it was fitted with and the names the user kept. */
    record Saved(double wssse, List<String> names) {
    }

    private record ProfileTable(long customers, double[] overall, List<SegmentProfile> rows, Optional<PlantedAgreement> planted) {
    }

    /** Every feature column of the view, used by the model or not: profiles and tooltips show them all. */
    private List<String> featureColumns() {
        List<String> out = new ArrayList<>();
        for (String name : context.spark().table(FeatureTable.VIEW).columns()) {
            if (!name.equals("customer_id")) {
                out.add(name);
            }
        }
        return out;
    }

    /** The plot's points and, when they are every customer, their scaled vectors (else null). */
    private record Drawn(SegmentPoints points, double[][] vectors) {
    }

    /**
     * Sizes, per-segment means and (for a generated data set) the confusion table against the planted
     * segments, in one aggregate: grouped by segment and planted segment, then folded per segment here.
     * A mean is a sum over a count of non-null values, as {@code avg} computes it.
     */
    private ProfileTable profiles(Dataset<Row> predictions, List<String> columns, int k) {
        Column planted = lit(-1);
        Dataset<Row> rows = predictions;
        if (key.generated()) {
            CustomerLayout layout = CustomerLayout.of(key.customers().getAsLong(), key.seed().getAsLong());
            // Customers outside the generated ids (a user's own rows in the view) count in the profiles only.
            planted = when(col("customer_id").between(1, key.customers().getAsLong()), layout.segmentOfId(col("customer_id")))
                    .otherwise(lit(-1));
        }
        List<Column> aggregates = new ArrayList<>();
        for (String c : columns) {
            aggregates.add(sum(col(c).cast("double")));
            aggregates.add(count(col(c)));
        }
        List<Row> groups = rows.groupBy(col(SegmentationPipeline.SEGMENT), planted.as("planted"))
                .agg(count("*"), aggregates.toArray(Column[]::new)).collectAsList();
        CustomerSegment[] segments = CustomerSegment.values();
        long[][] confusion = new long[k][segments.length];
        long[] sizes = new long[k];
        double[][] sums = new double[k][columns.size()];
        long[][] present = new long[k][columns.size()];
        for (Row row : groups) {
            int segment = row.getInt(0);
            int plantedSegment = row.getInt(1);
            long n = row.getLong(2);
            sizes[segment] += n;
            if (plantedSegment >= 0) {
                confusion[segment][plantedSegment] += n;
            }
            for (int c = 0; c < columns.size(); c++) {
                if (!row.isNullAt(3 + 2 * c)) {
                    sums[segment][c] += row.getDouble(3 + 2 * c);
                }
                present[segment][c] += row.getLong(4 + 2 * c);
            }
        }
        long total = 0;
        double[] overall = new double[columns.size()];
        double[][] means = new double[k][columns.size()];
        for (int s = 0; s < k; s++) {
            total += sizes[s];
            for (int c = 0; c < columns.size(); c++) {
                // An empty segment profiles as zeros (as before); a column null throughout a segment as NaN.
                means[s][c] = sizes[s] == 0 ? 0 : present[s][c] == 0 ? Double.NaN : sums[s][c] / present[s][c];
                if (sizes[s] > 0) {
                    overall[c] += means[s][c] * sizes[s];
                }
            }
        }
        for (int c = 0; c < overall.length; c++) {
            overall[c] = total == 0 ? Double.NaN : overall[c] / total;
        }
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            profiles.add(new SegmentProfile(s, sizes[s], total == 0 ? 0 : (double) sizes[s] / total, means[s], ""));
        }
        Optional<PlantedAgreement> agreement = key.generated()
                ? Optional.of(new PlantedAgreement(AdjustedRand.of(confusion), Arrays.stream(segments).map(CustomerSegment::label).toList(),
                        confusion))
                : Optional.empty();
        return new ProfileTable(total, overall, profiles, agreement);
    }

    private Drawn points(Dataset<Row> predictions, List<String> columns, long total, int maxPoints, long seed) {
        Dataset<Row> drawn = predictions;
        boolean sampled = total > maxPoints;
        if (sampled) {
            // A little over the cap, then cut: a Bernoulli sample of exactly the cap's fraction often falls short.
            drawn = predictions.sample(false, Math.min(1.0, maxPoints * 1.05 / total), seed).limit(maxPoints);
        }
        List<Column> select = new ArrayList<>(List.of(col("customer_id"), col(SegmentationPipeline.SEGMENT),
                vector_to_array(col(SegmentationPipeline.PROJECTION), "float32").as("xy")));
        columns.forEach(c -> select.add(col(c)));
        if (!sampled) {
            select.add(vector_to_array(col(SegmentationPipeline.SCALED), "float64").as("scaled"));
        }
        // One partition at a time into primitive arrays; at scale 1 FitInput left one partition: one job.
        Iterator<Row> rows = drawn.select(select.toArray(Column[]::new)).toLocalIterator();
        Columns out = new Columns(columns.size(), (int) Math.min(total, maxPoints));
        List<double[]> vectors = sampled ? null : new ArrayList<>((int) Math.min(total, maxPoints));
        while (rows.hasNext()) {
            Row row = rows.next();
            out.add(row);
            if (vectors != null) {
                List<Double> v = row.getList(3 + columns.size());
                double[] vector = new double[v.size()];
                for (int d = 0; d < vector.length; d++) {
                    vector[d] = v.get(d);
                }
                vectors.add(vector);
            }
        }
        return new Drawn(out.finish(total, sampled, columns), vectors == null ? null : vectors.toArray(double[][]::new));
    }

    /** Growable primitive columns: the points never become one object per customer. */
    private static final class Columns {
        private long[] ids;
        private int[] segment;
        private float[] x;
        private float[] y;
        private float[][] features;
        private int size;

        Columns(int featureCount, int expected) {
            int capacity = Math.max(16, expected);
            ids = new long[capacity];
            segment = new int[capacity];
            x = new float[capacity];
            y = new float[capacity];
            features = new float[featureCount][capacity];
        }

        void add(Row row) {
            if (size == ids.length) {
                int capacity = size * 2;
                ids = Arrays.copyOf(ids, capacity);
                segment = Arrays.copyOf(segment, capacity);
                x = Arrays.copyOf(x, capacity);
                y = Arrays.copyOf(y, capacity);
                for (int f = 0; f < features.length; f++) {
                    features[f] = Arrays.copyOf(features[f], capacity);
                }
            }
            ids[size] = row.getLong(0);
            segment[size] = row.getInt(1);
            List<Float> xy = row.getList(2);
            x[size] = xy.get(0);
            y[size] = xy.get(1);
            for (int f = 0; f < features.length; f++) {
                features[f][size] = row.isNullAt(3 + f) ? Float.NaN : (float) row.getDouble(3 + f);
            }
            size++;
        }

        SegmentPoints finish(long total, boolean sampled, List<String> columns) {
            float[][] trimmed = new float[features.length][];
            for (int f = 0; f < features.length; f++) {
                trimmed[f] = Arrays.copyOf(features[f], size);
            }
            return new SegmentPoints(total, sampled, Arrays.copyOf(ids, size), Arrays.copyOf(segment, size),
                    Arrays.copyOf(x, size), Arrays.copyOf(y, size), List.copyOf(columns), trimmed);
        }
    }

    /** Centroids live in the scaled space; the plot's plane is PCA of that space (no centring: the scaler centred it). */
    private static float[][] centroidsInPlane(KMeansModel kMeans, PCAModel pca) {
        Vector[] centres = kMeans.clusterCenters();
        Matrix pc = pca.pc();
        float[] cx = new float[centres.length];
        float[] cy = new float[centres.length];
        for (int s = 0; s < centres.length; s++) {
            double px = 0;
            double py = 0;
            for (int i = 0; i < pc.numRows(); i++) {
                px += centres[s].apply(i) * pc.apply(i, 0);
                py += centres[s].apply(i) * pc.apply(i, 1);
            }
            cx[s] = (float) px;
            cy[s] = (float) py;
        }
        return new float[][] {cx, cy};
    }

    static <T extends Transformer> T stage(PipelineModel model, Class<T> type) {
        for (Transformer t : model.stages()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        throw new IllegalStateException("The segmentation pipeline has no " + type.getSimpleName() + " stage");
    }
}
