package io.sparkworkbench.engine.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.SparkEngine;
import io.sparkworkbench.engine.dataset.DatasetCatalog;
import io.sparkworkbench.engine.dataset.TableSummary;
import io.sparkworkbench.testing.GeneratedData;
import io.sparkworkbench.testing.SharedSparkEngine;
import io.sparkworkbench.engine.sql.ColumnInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 4 through the product path: export with {@link DataExports}, import with
 * {@link ImportService#importAs} under the options a user would pick in the import dialog, compare rows
 * and types. Parquet takes the suggested options unchanged. CSV and JSON take the suggested options plus
 * what the dialog offers: header and multi-line (CSV), inference off and each column's original type as
 * a type override (text carries no types). The timestamp format stays as suggested: an export must read
 * back without the user knowing how it was written.
 */
class ImportRoundTripTest {

    private static final SparkEngine ENGINE = SharedSparkEngine.get();
    private static final SparkSession SPARK = ENGINE.awaitSession();
    private static final String EDGES = "import_round_trip_edges";
    private static List<String> generatedTables;

    @TempDir
    Path dir;

    private final DataExports exports = new DataExports(ENGINE);
    private final ImportService imports = new ImportService(ENGINE);

    @BeforeAll
    static void data() {
        Path folder = GeneratedData.parquet(0.01).folder();
        generatedTables = new DatasetCatalog(ENGINE).open(folder).future().join().tables().stream().map(TableSummary::table).toList();
        RoundTripEdges.register(SPARK, EDGES);
    }

    /** The dialog's choices for a file the workbench exported from {@code original}. */
    static ImportOptions dialogOptions(Path exported, Dataset<Row> original) {
        ImportOptions suggested = ImportService.suggestOptions(exported);
        if (!suggested.format().isText()) {
            return suggested;
        }
        Map<String, String> types = new LinkedHashMap<>();
        for (StructField field : original.schema().fields()) {
            types.put(field.name(), field.dataType().sql());
        }
        ImportOptions typed = suggested.withInferSchema(false).withTypeOverrides(types);
        return suggested.format() == SourceFormat.CSV ? typed.withHeader(true).withMultiLine(true) : typed;
    }

    private void assertRoundTrip(String table, SourceFormat format, boolean singleFile) {
        Dataset<Row> original = SPARK.table(table);
        String what = table + " as " + format + (singleFile ? " file" : " folder");
        Path target = dir.resolve(table + (singleFile ? "" : "_parts") + "." + format.name().toLowerCase(Locale.ROOT));
        ExportOutcome outcome = exports.export(ExportRequest.ofView(table, target, format, List.of(), singleFile)).future().join();

        ImportOptions options = dialogOptions(target, original);
        assertThat(options.format()).as(what + " format suggested").isEqualTo(format);
        String view = "back_" + table;
        ImportResult result = imports.importAs(target, options, view).future().join();

        assertThat(result.malformed()).as(what + " malformed rows").isZero();
        assertThat(result.rows()).as(what + " rows").isEqualTo(outcome.rows()).isEqualTo(original.count());
        assertThat(result.columns()).as(what + " columns and types").isEqualTo(ImportPreviews.columns(original.schema()));
        Dataset<Row> back = SPARK.table(view);
        assertThat(types(back)).as(what + " view types").isEqualTo(types(original));
        assertThat(back.exceptAll(original).limit(5).collectAsList()).as(what + ": rows only in the import").isEmpty();
        assertThat(original.exceptAll(back).limit(5).collectAsList()).as(what + ": rows missing from the import").isEmpty();
    }

    private static List<String> types(Dataset<Row> df) {
        return Arrays.stream(df.schema().fields()).map(f -> f.name() + " " + f.dataType().simpleString()).toList();
    }

    @ParameterizedTest
    @CsvSource({"CSV,true", "CSV,false", "JSON,true", "JSON,false", "PARQUET,true", "PARQUET,false"})
    void decimalsZonesNullsAndUnicodeImportBackIdentical(SourceFormat format, boolean singleFile) {
        assertRoundTrip(EDGES, format, singleFile);
    }

    @ParameterizedTest
    @CsvSource({"CSV,false", "JSON,true", "PARQUET,false"})
    void theGeneratedDataSetImportsBackIdentical(SourceFormat format, boolean singleFile) {
        assertThat(generatedTables).contains("customers", "orders", "order_items", "clickstream");
        for (String table : generatedTables) {
            assertRoundTrip(table, format, singleFile);
        }
    }


    @Test
    void ordinaryCsvsKeepTheirMeaningEmptyFieldsAreNullAQuotedEmptyNumberIsNotMalformed() throws IOException {
        Path file = dir.resolve("empties.csv");
        Files.writeString(file, "id,name,amount,day\n1,,,\n2,\"\",\"\",\"\"\n3,x,\"5\",2024-01-02\n", StandardCharsets.UTF_8);
        ImportOptions suggested = ImportService.suggestOptions(file);
        assertThat(suggested.nullValue()).isEmpty();
        for (ParseMode mode : ParseMode.values()) {
            ImportResult result = imports.importAs(file, suggested.withMode(mode), "empties").future().join();
            assertThat(result.malformed()).as(mode + " malformed").isZero();
            assertThat(result.rows()).as(mode + " rows").isEqualTo(3);
            assertThat(result.columns()).extracting(ColumnInfo::type).containsExactly("int", "string", "int", "date");
            assertThat(SPARK.sql("SELECT id, name, amount, day FROM empties ORDER BY id").collectAsList())
                    .as(mode + ": unquoted empty is null, \"\" is an empty string in text and null elsewhere")
                    .extracting(Row::toString).containsExactly("[1,null,null,null]", "[2,,null,null]", "[3,x,5,2024-01-02]");
        }
        ImportPreview preview = imports.preview(file, suggested, 10).future().join();
        assertThat(preview.malformedShown()).isZero();
        assertThat(preview.rows()).extracting(r -> r.get(1)).containsExactly(null, "", "x");

        ImportOptions typed = suggested.withInferSchema(false).withTypeOverrides(Map.of("amount", "decimal(10,2)", "day", "date"));
        Files.writeString(file, "4,y,abc,2024-01-03\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        ImportResult result = imports.importAs(file, typed, "empties_typed").future().join();
        assertThat(result.malformed()).as("a bad number is still malformed").isEqualTo(1);
        assertThat(result.rows()).isEqualTo(4);
        assertThat(SPARK.sql("SELECT _corrupt_record FROM empties_typed WHERE _corrupt_record IS NOT NULL").first().getString(0))
                .isEqualTo("4,y,abc,2024-01-03");
        assertThat(ImportTesting.failure(() -> imports.importAs(file, typed.withMode(ParseMode.FAILFAST), "empties_ff").future().join())
                .getMessage()).startsWith("Stopped at a malformed record in " + file + ", line 5: \"4,y,abc,2024-01-03\"");
    }

    @Test
    void aNullMarkerMakesItsTextNullAndLeavesQuotedEmptyTextAlone() throws IOException {
        Path file = dir.resolve("dump.csv");
        Files.writeString(file, "id,name,amount\n1,NULL,NULL\n2,\"\",\"\"\n3,,\n4,x,7\n", StandardCharsets.UTF_8);
        ImportResult result = imports.importAs(file, ImportService.suggestOptions(file).withNullValue("NULL"), "dump").future().join();
        assertThat(result.malformed()).isZero();
        assertThat(result.columns()).extracting(ColumnInfo::type).containsExactly("int", "string", "int");
        assertThat(SPARK.sql("SELECT * FROM dump ORDER BY id").collectAsList()).extracting(Row::toString)
                .containsExactly("[1,null,null]", "[2,,null]", "[3,null,null]", "[4,x,7]");
    }

    @Test
    void jsonColumnsComeInTheRecordsKeyOrderEvenWhenTheFirstRecordLacksSome() {
        assertThat(JsonKeyOrder.keyOrder(List.of("{\"id\": 3}", "", "{\"id\": 1, \"b\": {\"z\": 1, \"a\": [1]}, \"c\": 3}",
                "[{\"id\": 2, \"a\": 1, \"c\": 3}]", "{not json"), 100)).containsExactly("id", "a", "b", "c");
    }
}
