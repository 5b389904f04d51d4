package io.sparkworkbench.engine.ml.segment;

import java.util.List;
import java.util.Optional;

/**
 * A fitted (or reloaded) segmentation: the quality figures, the profile of every segment against the
 * overall means, the points to draw with the centroids in the PCA plane, the agreement with planted
 * segments when the data set was generated here, and where the model was saved.
 */
public record SegmentationResult(SegmentationRequest request, long customers, double wssse, double silhouette,
                                 List<String> profileColumns, double[] overallMeans, List<SegmentProfile> profiles,
                                 SegmentPoints points, float[] centroidX, float[] centroidY,
                                 Optional<PlantedAgreement> planted, boolean reloaded, String savedTo) {

    public List<String> names() {
        return profiles.stream().map(SegmentProfile::name).toList();
    }

    public SegmentationResult withProfiles(List<SegmentProfile> renamed) {
        return new SegmentationResult(request, customers, wssse, silhouette, profileColumns, overallMeans, renamed,
                points, centroidX, centroidY, planted, reloaded, savedTo);
    }
}
