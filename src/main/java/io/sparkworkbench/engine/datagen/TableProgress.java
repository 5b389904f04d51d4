package io.sparkworkbench.engine.datagen;

/** One table's state during a generation run; rows are known once its write finished. */
public record TableProgress(EcommerceTable table, Phase phase, long rows, double rowsPerSecond, double seconds) {

    public enum Phase { WAITING, WRITING, DONE, FAILED, CANCELLED }

    public static TableProgress waiting(EcommerceTable table) {
        return new TableProgress(table, Phase.WAITING, 0, 0, 0);
    }
}
