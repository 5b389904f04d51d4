package io.sparkworkbench.engine.files;

import static io.sparkworkbench.engine.files.ImportTesting.badInput;
import static io.sparkworkbench.engine.files.ImportTesting.failure;
import static io.sparkworkbench.engine.files.ImportTesting.importAs;
import static io.sparkworkbench.engine.files.ImportTesting.preview;
import static io.sparkworkbench.engine.files.ImportTesting.spark;
import static io.sparkworkbench.engine.files.ImportTesting.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.sparkworkbench.engine.sql.ColumnInfo;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void permissiveKeepsMalformedRowsWithTheirRawTextLastAndTheViewAnswersQueriesOnIt() {
        ImportResult result = importAs(badInput("ragged.csv"), ImportService.suggestOptions(badInput("ragged.csv")), "ragged_perm");
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.malformed()).isEqualTo(2);
        assertThat(result.columns()).extracting(ColumnInfo::name).containsExactly("a", "b", "c", "_corrupt_record");
        // Spark refuses these on a raw file (only the corrupt column) or answers them wrongly (pruned parse).
        assertThat(strings("SELECT _corrupt_record FROM ragged_perm WHERE _corrupt_record IS NOT NULL ORDER BY 1"))
                .containsExactly("2,y", "3,z,30,extra");
        assertThat(strings("SELECT a FROM ragged_perm WHERE _corrupt_record IS NOT NULL ORDER BY a")).containsExactly("2", "3");
        assertThat(strings("SELECT count(*) FROM ragged_perm_malformed")).containsExactly("2");
    }

    @Test
    void dropMalformedLeavesRowsOutButCountsThemAndCountStarAgrees() {
        Map<String, String> typed = Map.of("price", "decimal(10,2)", "day", "date");
        Path file = badInput("malformed-rows.csv");
        ImportResult result = importAs(file, ImportService.suggestOptions(file).withTypeOverrides(typed).withMode(ParseMode.DROPMALFORMED), "drop_view");
        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.malformed()).isEqualTo(2);
        assertThat(result.columns()).extracting(ColumnInfo::name).containsExactly("id", "name", "price", "day");
        // Spark's own DROPMALFORMED reader would say 6 here: count(*) does not parse the rows.
        assertThat(strings("SELECT count(*) FROM drop_view")).containsExactly("4");
        assertThat(strings("SELECT name FROM drop_view ORDER BY id")).containsExactly("apple", "fig", "kiwi", "lime");
        assertThat(ImportTesting.sql("SELECT raw_record, source_file FROM drop_view_malformed ORDER BY raw_record"))
                .extracting(r -> r.getString(0), r -> r.getString(1))
                .containsExactly(tuple("2,pear,n/a,2024-01-06", file.toString()), tuple("3,plum,0.80,2024-13-45", file.toString()));
    }

    @Test
    void failFastImportsCleanFilesAndStopsAtTheFirstBadRecord() throws IOException {
        Path clean = write("clean.csv", "a,b\n1,x\n2,y\n");
        ImportResult result = importAs(clean, ImportOptions.defaults(SourceFormat.CSV).withMode(ParseMode.FAILFAST), "ff_clean");
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.malformed()).isZero();
        assertThat(result.malformedView()).isEmpty();

        Path bad = write("bad.csv", "a,b\n1,2\n2,3\n3,three\n4,5\n");
        String message = failure(() -> importAs(bad, ImportOptions.defaults(SourceFormat.CSV).withMode(ParseMode.FAILFAST)
                .withTypeOverrides(Map.of("b", "int")), "ff_bad")).getMessage();
        assertThat(message).isEqualTo("Stopped at a malformed record in " + bad + ", line 4: \"3,three\" (parse mode FAILFAST; "
                + "PERMISSIVE keeps such rows with their raw text, DROPMALFORMED leaves them out and counts them)");
        assertThat(spark().catalog().tableExists("ff_bad")).isFalse();
    }

    @Test
    void reimportWithoutMalformedRowsDropsTheOldMalformedView() throws IOException {
        importAs(badInput("ragged.csv"), ImportService.suggestOptions(badInput("ragged.csv")), "reused");
        assertThat(spark().catalog().tableExists("reused_malformed")).isTrue();
        importAs(write("fine.csv", "a,b,c\n1,2,3\n"), ImportOptions.defaults(SourceFormat.CSV), "reused");
        assertThat(spark().catalog().tableExists("reused_malformed")).isFalse();
        assertThat(strings("SELECT count(*) FROM reused")).containsExactly("1");
    }

    @Test
    void typeOverridesReplaceInferredTypesAndBadOnesNameColumnAndType() throws IOException {
        Path file = write("prices.csv", "id,price,day\n1,10.5,2024-01-02\n2,3.25,2024-02-03\n");
        ImportResult result = importAs(file, ImportOptions.defaults(SourceFormat.CSV)
                .withTypeOverrides(Map.of("price", "decimal(10,2)", "ID", "bigint")), "typed");
        assertThat(result.columns()).extracting(ColumnInfo::name, ColumnInfo::type)
                .containsExactly(tuple("id", "bigint"), tuple("price", "decimal(10,2)"), tuple("day", "date"));
        assertThat(ImportTesting.sql("SELECT price FROM typed ORDER BY id").get(0).getDecimal(0)).isEqualTo(new BigDecimal("10.50"));

        assertThat(failure(() -> importAs(file, ImportOptions.defaults(SourceFormat.CSV)
                .withTypeOverrides(Map.of("price", "decimall(10,2)")), "typed_bad")).getMessage())
                .isEqualTo("Type override for column 'price': 'decimall(10,2)' is not a Spark SQL type (e.g. int, bigint, double, decimal(10,2), date, timestamp, string)");
        assertThat(failure(() -> preview(file, ImportOptions.defaults(SourceFormat.CSV)
                .withTypeOverrides(Map.of("cost", "double")), 5)).getMessage())
                .isEqualTo("Type override for column 'cost' (double): " + file + " has no such column (its columns: id, price, day)");
    }

    @Test
    void inferSchemaOffReadsStrings() throws IOException {
        Path file = write("numbers.csv", "id,amount\n1,2.5\n2,3.5\n");
        ImportResult result = importAs(file, ImportOptions.defaults(SourceFormat.CSV).withInferSchema(false)
                .withTypeOverrides(Map.of("amount", "double")), "strings");
        assertThat(result.columns()).extracting(ColumnInfo::type).containsExactly("string", "double");
        Path json = write("numbers.jsonl", "{\"id\": 1, \"ok\": true}\n");
        assertThat(importAs(json, ImportOptions.defaults(SourceFormat.JSON).withInferSchema(false), "json_strings").columns())
                .extracting(ColumnInfo::type).containsExactly("string", "string");
    }

    @Test
    void tsvAndOtherDelimitersAreSniffed() throws IOException {
        Path tsv = write("people.tsv", "name\tage\tcity\nann\t31\tOslo, Norway\nbob\t42\tRome\n");
        ImportOptions options = ImportService.suggestOptions(tsv);
        assertThat(options.delimiter()).isEqualTo("\t");
        assertThat(options.header()).isTrue();
        ImportResult result = importAs(tsv, options, "people");
        assertThat(result.columns()).extracting(ColumnInfo::name, ColumnInfo::type)
                .containsExactly(tuple("name", "string"), tuple("age", "int"), tuple("city", "string"));
        assertThat(strings("SELECT city FROM people ORDER BY age")).containsExactly("Oslo, Norway", "Rome");

        assertThat(ImportService.suggestOptions(write("semi.txt", "a;b;c\n1;2,5;3\n4;5;6\n")).delimiter()).isEqualTo(";");
        assertThat(ImportService.suggestOptions(write("pipes.csv", "a|b\n1|2\n")).delimiter()).isEqualTo("|");
        assertThat(ImportService.suggestOptions(write("noheader.csv", "1,2.5,x\n2,3.5,y\n")).header()).isFalse();
    }

    @Test
    void multiLineJsonAndMultiLineCsv() throws IOException {
        Path doc = write("doc.json", "[\n  {\n    \"id\": 1,\n    \"name\": \"ann\"\n  },\n  {\n    \"id\": 2,\n    \"name\": \"bob\"\n  }\n]\n");
        ImportOptions options = ImportService.suggestOptions(doc);
        assertThat(options.format()).isEqualTo(SourceFormat.JSON);
        assertThat(options.multiLine()).isTrue();
        assertThat(importAs(doc, options, "doc").rows()).isEqualTo(2);
        assertThat(preview(doc, options, 10).rows()).containsExactly(List.of(1L, "ann"), List.of(2L, "bob"));
        assertThat(failure(() -> importAs(doc, options.withMultiLine(false), "doc_lines")).getMessage()).isEqualTo("No record of " + doc
                + " is valid JSON: if the file is one JSON document (or array) spread over several lines, turn on multi-line");

        Path csv = write("notes.csv", "id,note\n1,\"first line\nsecond line\"\n2,plain\n");
        ImportOptions multi = ImportOptions.defaults(SourceFormat.CSV).withMultiLine(true);
        assertThat(importAs(csv, multi, "notes").rows()).isEqualTo(2);
        assertThat(strings("SELECT note FROM notes ORDER BY id")).containsExactly("first line\nsecond line", "plain");
        assertThat(preview(csv, multi, 10).rows()).containsExactly(List.of(1, "first line\nsecond line"), List.of(2, "plain"));
    }

    @Test
    void parquetOrcAndFoldersOfPartFiles() throws IOException {
        Path parquetDir = dir.resolve("orders parquet");
        spark().range(0, 100).selectExpr("id", "id % 7 AS bucket", "cast(id AS decimal(10,2)) AS amount")
                .repartition(3).write().parquet(parquetDir.toString());
        Files.writeString(parquetDir.resolve(".part-00000.parquet.crc"), "not data");
        assertThat(Files.exists(parquetDir.resolve("_SUCCESS"))).isTrue();
        ImportOptions options = ImportService.suggestOptions(parquetDir);
        assertThat(options.format()).isEqualTo(SourceFormat.PARQUET);
        ImportResult folder = importAs(parquetDir, options, "pq_folder");
        assertThat(folder.rows()).isEqualTo(100);
        assertThat(folder.columns()).extracting(ColumnInfo::type).containsExactly("bigint", "bigint", "decimal(10,2)");

        Path onePart;
        try (var files = Files.list(parquetDir)) {
            onePart = files.filter(f -> f.getFileName().toString().startsWith("part-")).findFirst().orElseThrow();
        }
        Path noExtension = Files.copy(onePart, dir.resolve("part-file-without-extension"));
        assertThat(ImportService.suggestOptions(noExtension).format()).as("by magic bytes").isEqualTo(SourceFormat.PARQUET);
        ImportResult single = importAs(noExtension, options.withTypeOverrides(Map.of("bucket", "string")), "pq_single");
        assertThat(single.rows()).isEqualTo(spark().read().parquet(onePart.toString()).count());
        assertThat(single.columns()).extracting(ColumnInfo::type).containsExactly("bigint", "string", "decimal(10,2)");

        Path orcDir = dir.resolve("events.orc");
        spark().range(0, 50).selectExpr("id", "concat('e', id) AS name").write().orc(orcDir.toString());
        assertThat(ImportService.suggestOptions(orcDir).format()).isEqualTo(SourceFormat.ORC);
        assertThat(importAs(orcDir, ImportService.suggestOptions(orcDir), "orc_folder").rows()).isEqualTo(50);
        assertThat(preview(orcDir, ImportService.suggestOptions(orcDir), 5).rows()).hasSize(5);

        Path csvDir = dir.resolve("csv parts");
        spark().range(0, 30).selectExpr("id", "id * 2 AS twice").repartition(2).write().option("header", "true").csv(csvDir.toString());
        ImportOptions csvOptions = ImportService.suggestOptions(csvDir);
        assertThat(csvOptions.format()).isEqualTo(SourceFormat.CSV);
        assertThat(importAs(csvDir, csvOptions, "csv_folder").rows()).isEqualTo(30);
    }

    @Test
    void previewRegistersNothingAndShowsMalformedRowsLast() {
        List<String> before = ImportTesting.strings("SHOW VIEWS");
        ImportPreview shown = preview(badInput("ragged.csv"), ImportService.suggestOptions(badInput("ragged.csv"))
                .withMode(ParseMode.DROPMALFORMED), 10);
        assertThat(ImportTesting.strings("SHOW VIEWS")).isEqualTo(before);
        assertThat(shown.columns()).extracting(ColumnInfo::name).containsExactly("a", "b", "c", "_corrupt_record");
        assertThat(shown.malformedShown()).isEqualTo(2);
        assertThat(shown.rows()).extracting(r -> r.get(3)).containsExactly(null, "2,y", "3,z,30,extra", null);
        assertThat(shown.warnings()).containsExactly("2 of the 4 rows shown are malformed: the import leaves them out and counts them");

        ImportPreview clean = preview(badInput("with space.csv"), ImportService.suggestOptions(badInput("with space.csv")), 2);
        assertThat(clean.columns()).extracting(ColumnInfo::name).containsExactly("id", "label");
        assertThat(clean.rows()).containsExactly(List.of(1, "one"), List.of(2, "two"));
        assertThat(clean.malformedShown()).isZero();
    }

    @Test
    void viewNamesAreSuggestedAndChecked() {
        assertThat(ImportService.suggestViewName(Path.of("/data/My Sales (2024).csv"))).isEqualTo("my_sales_2024");
        assertThat(ImportService.suggestViewName(Path.of("/data/2024-report.csv.gz"))).isEqualTo("t_2024_report");
        assertThat(ImportService.suggestViewName(Path.of("/data/données.jsonl"))).isEqualTo("donnees");
        assertThat(ImportService.suggestViewName(Path.of("/data/数据.csv"))).isEqualTo("imported");
        assertThat(ImportService.suggestViewName(Path.of("/data/orders_parquet"))).isEqualTo("orders_parquet");
        assertThat(ImportService.checkViewName("good_name_1")).isEmpty();
        assertThat(ImportService.checkViewName("select")).as("keywords are not reserved in Spark by default").isEmpty();
        assertThat(ImportService.checkViewName(" ")).contains("Enter a view name");
        assertThat(ImportService.checkViewName("1abc")).contains("View name '1abc' starts with a digit: start it with a letter or _");
        assertThat(ImportService.checkViewName("my-view x")).contains("View name 'my-view x' may only have letters, digits and _ (not '- ')");
        assertThat(failure(() -> importAs(badInput("ragged.csv"), ImportOptions.defaults(SourceFormat.CSV), "bad-name")).getMessage())
                .isEqualTo("Cannot import " + badInput("ragged.csv") + ": View name 'bad-name' may only have letters, digits and _ (not '-')");
        assertThat(ImportService.checkViewName("x".repeat(129))).contains("View name is 129 characters long; at most 128");
    }
}
