package io.sparkworkbench.engine.ml.segment;

import java.util.List;

/**
 * How the found segments agree with the ones the generator planted: the adjusted Rand index and the
 * confusion table, {@code counts[found][planted]}.
 */
public record PlantedAgreement(double adjustedRand, List<String> plantedNames, long[][] counts) {
}
