package io.sparkworkbench.engine.ml.segment;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.sparkworkbench.engine.EngineContext;
import io.sparkworkbench.engine.datagen.CustomerLayout;
import io.sparkworkbench.engine.ml.DatasetKey;
import io.sparkworkbench.engine.ml.features.FeatureTable;
import io.sparkworkbench.engine.ml.segment.ProfileFold.ProfileTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
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
     * pipeline was fitted on the same layout), stored with their lineage cut ({@link LocalRows}; the caller
     * releases them).
     */
    Dataset<Row> predict(PipelineModel model) {
        return LocalRows.of(model.transform(FitInput.of(context.spark().table(FeatureTable.VIEW))));
    }

    /**
     * One Spark job beyond the fit when every customer is drawn (up to {@code maxPoints}): the points' one collect
     * also brings the scaled vectors (the silhouette is computed in the driver from them) and feeds the profiles,
     * sizes and planted agreement. Above that an aggregate gives the profiles, the points are a sample, and Spark's
     * evaluator gives the silhouette.
     */
    SegmentationResult describe(SegmentationRequest request, PipelineModel model, Dataset<Row> predictions,
                                Saved saved, int maxPoints, String savedTo) {
        KMeansModel kMeans = stage(model, KMeansModel.class);
        // A reloaded model has no training summary; its cost was recorded when it was saved, on the same data.
        double wssse = kMeans.hasSummary() ? kMeans.summary().trainingCost() : saved.wssse();
        List<String> names = saved == null ? null : saved.names();
        List<String> columns = featureColumns();
        OptionalLong cached = FitInput.cachedRows(context.spark().table(FeatureTable.VIEW));
        Everyone everyone = cached.isPresent() && cached.getAsLong() <= maxPoints
                ? everyone(predictions, columns, request.k(), maxPoints) : null;
        ProfileTable profiles;
        Drawn drawn;
        if (everyone != null) {
            profiles = everyone.profiles();
            drawn = everyone.drawn();
        } else {
            profiles = profiles(predictions, columns, request.k());
            context.checkCancelled();
            drawn = points(predictions, columns, profiles.customers(), maxPoints, request.seed());
        }
        context.checkCancelled();
        List<String> segmentNames = names != null && names.size() == request.k() ? names
                : SegmentNamer.names(columns, profiles.overall(), profiles.rows());
        List<SegmentProfile> named = new ArrayList<>();
        for (SegmentProfile p : profiles.rows()) {
            named.add(p.withName(segmentNames.get(p.segment())));
        }
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

    /** Every customer drawn, with the profiles folded from the same rows. */
    private record Everyone(Drawn drawn, ProfileTable profiles) {
    }

    /**
     * Every customer in one pass (a job per partition; one at scale 1): the points, their scaled vectors and the
     * profiles. Null when there turn out to be more than {@code maxPoints} rows (the view's cached row count said
     * otherwise): the caller then samples.
     */
    private Everyone everyone(Dataset<Row> predictions, List<String> columns, int k, int maxPoints) {
        Iterator<Row> rows = predictions.select(drawnColumns(columns, true)).toLocalIterator();
        ProfileFold fold = new ProfileFold(k, columns.size(), key.generated());
        CustomerLayout layout = key.generated() ? CustomerLayout.of(key.customers().getAsLong(), key.seed().getAsLong()) : null;
        Columns out = new Columns(columns.size(), maxPoints);
        List<double[]> vectors = new ArrayList<>();
        double[] values = new double[columns.size()];
        boolean[] nulls = new boolean[columns.size()];
        while (rows.hasNext()) {
            if (out.size() == maxPoints) {
                return null;
            }
            Row row = rows.next();
            out.add(row);
            vectors.add(scaled(row, columns.size()));
            long id = row.getLong(0);
            // Customers outside the generated ids (a user's own rows in the view) count in the profiles only.
            int planted = layout != null && id >= 1 && id <= key.customers().getAsLong() ? layout.segmentOf(id).ordinal() : -1;
            for (int c = 0; c < values.length; c++) {
                nulls[c] = row.isNullAt(3 + c);
                values[c] = nulls[c] ? 0 : row.getDouble(3 + c);
            }
            fold.addCustomer(row.getInt(1), planted, values, nulls);
        }
        ProfileTable profiles = fold.table();
        return new Everyone(new Drawn(out.finish(profiles.customers(), false, columns), vectors.toArray(double[][]::new)), profiles);
    }

    /** id, segment, the PCA plane, every feature column and (when asked) the scaled vector: what the plot draws. */
    private static Column[] drawnColumns(List<String> columns, boolean withScaled) {
        List<Column> select = new ArrayList<>(List.of(col("customer_id"), col(SegmentationPipeline.SEGMENT),
                vector_to_array(col(SegmentationPipeline.PROJECTION), "float32").as("xy")));
        columns.forEach(c -> select.add(col(c)));
        if (withScaled) {
            select.add(vector_to_array(col(SegmentationPipeline.SCALED), "float64").as("scaled"));
        }
        return select.toArray(Column[]::new);
    }

    private static double[] scaled(Row row, int featureColumns) {
        List<Double> v = row.getList(3 + featureColumns);
        double[] vector = new double[v.size()];
        for (int d = 0; d < vector.length; d++) {
            vector[d] = v.get(d);
        }
        return vector;
    }

    /**
     * Sizes, per-segment means and (for a generated data set) the confusion table against the planted
     * segments, in one aggregate: grouped by segment and planted segment, then folded per segment here.
     */
    private ProfileTable profiles(Dataset<Row> predictions, List<String> columns, int k) {
        Column planted = lit(-1);
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
        List<Row> groups = predictions.groupBy(col(SegmentationPipeline.SEGMENT), planted.as("planted"))
                .agg(count("*"), aggregates.toArray(Column[]::new)).collectAsList();
        ProfileFold fold = new ProfileFold(k, columns.size(), key.generated());
        Double[] sums = new Double[columns.size()];
        long[] nonNull = new long[columns.size()];
        for (Row row : groups) {
            for (int c = 0; c < columns.size(); c++) {
                sums[c] = row.isNullAt(3 + 2 * c) ? null : row.getDouble(3 + 2 * c);
                nonNull[c] = row.getLong(4 + 2 * c);
            }
            fold.addGroup(row.getInt(0), row.getInt(1), row.getLong(2), sums, nonNull);
        }
        return fold.table();
    }

    private Drawn points(Dataset<Row> predictions, List<String> columns, long total, int maxPoints, long seed) {
        Dataset<Row> drawn = predictions;
        boolean sampled = total > maxPoints;
        if (sampled) {
            // A little over the cap, then cut: a Bernoulli sample of exactly the cap's fraction often falls short.
            drawn = predictions.sample(false, Math.min(1.0, maxPoints * 1.05 / total), seed).limit(maxPoints);
        }
        // One partition at a time into primitive arrays.
        Iterator<Row> rows = drawn.select(drawnColumns(columns, !sampled)).toLocalIterator();
        Columns out = new Columns(columns.size(), (int) Math.min(total, maxPoints));
        List<double[]> vectors = sampled ? null : new ArrayList<>((int) Math.min(total, maxPoints));
        while (rows.hasNext()) {
            Row row = rows.next();
            out.add(row);
            if (vectors != null) {
                vectors.add(scaled(row, columns.size()));
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

        int size() {
            return size;
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
