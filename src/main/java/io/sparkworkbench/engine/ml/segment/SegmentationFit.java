package io.sparkworkbench.engine.ml.segment;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

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

    /** The pipeline's predictions over every customer, cached (the caller unpersists them). */
    Dataset<Row> predict(PipelineModel model) {
        Dataset<Row> features = context.spark().table(FeatureTable.VIEW);
        return model.transform(features).cache();
    }

    SegmentationResult describe(SegmentationRequest request, PipelineModel model, Dataset<Row> predictions,
                                Saved saved, int maxPoints, String savedTo) {
        KMeansModel kMeans = stage(model, KMeansModel.class);
        // A reloaded model has no training summary; its cost was recorded when it was saved, on the same data.
        double wssse = kMeans.hasSummary() ? kMeans.summary().trainingCost() : saved.wssse();
        List<String> names = saved == null ? null : saved.names();
        double silhouette = new ClusteringEvaluator().setFeaturesCol(SegmentationPipeline.SCALED)
                .setPredictionCol(SegmentationPipeline.SEGMENT).evaluate(predictions);
        context.checkCancelled();
        List<String> columns = featureColumns();
        ProfileTable profiles = profiles(predictions, columns, request.k());
        List<String> segmentNames = names != null && names.size() == request.k() ? names
                : SegmentNamer.names(columns, profiles.overall(), profiles.rows());
        List<SegmentProfile> named = new ArrayList<>();
        for (SegmentProfile p : profiles.rows()) {
            named.add(p.withName(segmentNames.get(p.segment())));
        }
        context.checkCancelled();
        SegmentPoints points = points(predictions, columns, profiles.customers(), maxPoints, request.seed());
        float[][] centroids = centroidsInPlane(kMeans, stage(model, PCAModel.class));
        context.checkCancelled();
        Optional<PlantedAgreement> planted = planted(predictions, request.k());
        return new SegmentationResult(request, profiles.customers(), wssse, silhouette, columns, profiles.overall(), named,
                points, centroids[0], centroids[1], planted, saved != null, savedTo);
    }

    /** What a saved model brings besides the pipeline: the cost it was fitted with and the names the user kept. */
    record Saved(double wssse, List<String> names) {
    }

    private record ProfileTable(long customers, double[] overall, List<SegmentProfile> rows) {
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

    private ProfileTable profiles(Dataset<Row> predictions, List<String> columns, int k) {
        List<Column> aggregates = new ArrayList<>();
        for (String c : columns) {
            aggregates.add(avg(col(c)));
        }
        List<Row> rows = predictions.groupBy(col(SegmentationPipeline.SEGMENT))
                .agg(count("*"), aggregates.toArray(Column[]::new)).collectAsList();
        long total = 0;
        double[] overall = new double[columns.size()];
        long[] sizes = new long[k];
        double[][] means = new double[k][columns.size()];
        for (Row row : rows) {
            int segment = row.getInt(0);
            sizes[segment] = row.getLong(1);
            total += sizes[segment];
            for (int c = 0; c < columns.size(); c++) {
                means[segment][c] = row.isNullAt(2 + c) ? Double.NaN : row.getDouble(2 + c);
                overall[c] += means[segment][c] * sizes[segment];
            }
        }
        for (int c = 0; c < overall.length; c++) {
            overall[c] = total == 0 ? Double.NaN : overall[c] / total;
        }
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            profiles.add(new SegmentProfile(s, sizes[s], total == 0 ? 0 : (double) sizes[s] / total, means[s], ""));
        }
        return new ProfileTable(total, overall, profiles);
    }

    private SegmentPoints points(Dataset<Row> predictions, List<String> columns, long total, int maxPoints, long seed) {
        Dataset<Row> drawn = predictions;
        boolean sampled = total > maxPoints;
        if (sampled) {
            // A little over the cap, then cut: a Bernoulli sample of exactly the cap's fraction often falls short.
            drawn = predictions.sample(false, Math.min(1.0, maxPoints * 1.05 / total), seed).limit(maxPoints);
        }
        List<Column> select = new ArrayList<>(List.of(col("customer_id"), col(SegmentationPipeline.SEGMENT),
                vector_to_array(col(SegmentationPipeline.PROJECTION), "float32").as("xy")));
        columns.forEach(c -> select.add(col(c)));
        Iterator<Row> rows = drawn.select(select.toArray(Column[]::new)).toLocalIterator();
        Columns out = new Columns(columns.size(), (int) Math.min(total, maxPoints));
        while (rows.hasNext()) {
            out.add(rows.next());
        }
        return out.finish(total, sampled, columns);
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

    private Optional<PlantedAgreement> planted(Dataset<Row> predictions, int k) {
        if (!key.generated()) {
            return Optional.empty();
        }
        CustomerLayout layout = CustomerLayout.of(key.customers().getAsLong(), key.seed().getAsLong());
        CustomerSegment[] segments = CustomerSegment.values();
        long[][] counts = new long[k][segments.length];
        for (Row row : predictions.filter(col("customer_id").between(1, key.customers().getAsLong()))
                .groupBy(col(SegmentationPipeline.SEGMENT), layout.segmentOfId(col("customer_id")).as("planted"))
                .count().collectAsList()) {
            counts[row.getInt(0)][row.getInt(1)] = row.getLong(2);
        }
        List<String> names = Arrays.stream(segments).map(CustomerSegment::label).toList();
        return Optional.of(new PlantedAgreement(AdjustedRand.of(counts), names, counts));
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
