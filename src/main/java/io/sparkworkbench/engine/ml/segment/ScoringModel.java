package io.sparkworkbench.engine.ml.segment;

import java.util.List;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.clustering.KMeansModel;
import org.apache.spark.ml.linalg.Vector;

/**
 * A segmentation pipeline another tab applies to customers (the live tab scores live events with it): the
 * fitted pipeline, the request it was fitted with, the segment names, and whether it is the model saved for the
 * data set or one fitted on the spot because none was saved (then it is not saved: only the segmentation tab
 * trains models the user keeps).
 *
 * @param source where it came from, in words for the tab ("saved in …", "fitted on the spot …")
 */
public record ScoringModel(PipelineModel model, SegmentationRequest request, List<String> names, boolean fittedOnTheSpot,
        String source) {

    public ScoringModel {
        names = List.copyOf(names);
    }

    /** The K-Means centres in the pipeline's scaled feature space, one row per segment. */
    public double[][] centres() {
        Vector[] centres = SegmentationFit.stage(model, KMeansModel.class).clusterCenters();
        double[][] out = new double[centres.length][];
        for (int s = 0; s < centres.length; s++) {
            out[s] = centres[s].toArray();
        }
        return out;
    }
}
