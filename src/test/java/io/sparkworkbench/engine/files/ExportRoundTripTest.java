package io.sparkworkbench.engine.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export, read back with the options a reader of that format needs, compare: same rows, same types.
 * Read back with Spark's readers directly (the import service may replace them later).
 */
class ExportRoundTripTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static final SparkSession SPARK = ENGINE.awaitSession();
    private static List<String> generatedTables;

    @TempDir
    Path dir;

    private final DataExports exports = new DataExports(ENGINE);

    @BeforeAll
    static void data() {
        Path folder = GeneratedData.parquet(0.01).folder();
        generatedTables = new DatasetCatalog(ENGINE).open(folder).future().join().tables().stream().map(TableSummary::table).toList();
        RoundTripEdges.register(SPARK, "round_trip_edges");
    }

    /**
     * The reader options a CSV or JSON export needs to come back as it was: the schema and the timestamp
     * formats; for CSV also the header, multi-line records (quoted line breaks) and a null marker that
     * never occurs: the export writes null as an empty field and "" as a quoted empty string, but with
     * Spark's default nullValue ("") the reader turns both into null. JSON Lines escape line breaks, and
     * multiLine would read each file as one JSON document.
     */
    private static Dataset<Row> readBack(Path path, SourceFormat format, Dataset<Row> original) {
        DataFrameReader reader = SPARK.read().format(format.name().toLowerCase(Locale.ROOT));
        if (format.isText()) {
            reader = reader.schema(original.schema())
                    .option("timestampFormat", DataExports.TIMESTAMP_FORMAT)
                    .option("timestampNTZFormat", DataExports.TIMESTAMP_NTZ_FORMAT);
        }
        if (format == SourceFormat.CSV) {
            reader = reader.option("header", "true").option("multiLine", "true").option("nullValue", "\u0000");
        }
        return reader.load(path.toString());
    }

    private void assertRoundTrip(String view, SourceFormat format) {
        Dataset<Row> original = SPARK.table(view);
        Path target = dir.resolve(view + "." + format.name().toLowerCase(Locale.ROOT));
        ExportOutcome outcome = exports.export(ExportRequest.ofView(view, target, format, List.of(), false)).future().join();
        assertThat(outcome.rows()).as(view + " rows written").isEqualTo(original.count());

        Dataset<Row> back = readBack(target, format, original).selectExpr(original.columns());
        assertThat(types(back)).as(view + " types from " + format).isEqualTo(types(original));
        assertThat(back.count()).as(view + " rows read").isEqualTo(outcome.rows());
        assertThat(back.exceptAll(original).limit(5).collectAsList()).as(view + " rows only in the " + format + " copy").isEmpty();
        assertThat(original.exceptAll(back).limit(5).collectAsList()).as(view + " rows missing from the " + format + " copy").isEmpty();
    }

    private static List<String> types(Dataset<Row> df) {
        return Arrays.stream(df.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = SourceFormat.class, names = {"CSV", "JSON", "PARQUET"})
    void theGeneratedDataSetComesBackIdentical(SourceFormat format) {
        assertThat(generatedTables).contains("customers", "orders", "order_items", "clickstream");
        for (String table : generatedTables) {
            assertRoundTrip(table, format);
        }
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void decimalsZonesNullsAndUnicodeComeBackIdentical(SourceFormat format) {
        assertRoundTrip("round_trip_edges", format);
    }

    @Test
    void theEdgeTableHasWhatItClaims() {
        List<StructField> fields = Arrays.asList(SPARK.table("round_trip_edges").schema().fields());
        assertThat(fields).extracting(f -> f.dataType().simpleString())
                .containsExactly("int", "decimal(38,18)", "decimal(7,2)", "timestamp", "timestamp_ntz", "date", "string", "double", "boolean");
        assertThat(SPARK.sql("SELECT text FROM round_trip_edges WHERE id = 4").first().getString(0)).isEmpty();
    }
}
