package io.sparkworkbench.engine.files;

import static io.sparkworkbench.engine.files.ImportTesting.badInput;
import static io.sparkworkbench.engine.files.ImportTesting.failure;
import static io.sparkworkbench.engine.files.ImportTesting.importAs;
import static io.sparkworkbench.engine.files.ImportTesting.preview;
import static io.sparkworkbench.engine.files.ImportTesting.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.sparkworkbench.engine.sql.ColumnInfo;
import io.sparkworkbench.engine.sql.InputFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each file of src/test/resources/bad-inputs behaves exactly as its README says. */
class BadInputsTest {

    /** file, options on top of the suggested ones, then rows and malformed rows, or the error's fragments. */
    static Stream<Arguments> imports() {
        UnaryOperator<ImportOptions> suggested = o -> o;
        Map<String, String> typed = Map.of("price", "decimal(10,2)", "day", "date");
        return Stream.of(
                ok("malformed-rows.csv", o -> o.withTypeOverrides(typed), 6, 2),
                ok("malformed-rows.csv", o -> o.withTypeOverrides(typed).withMode(ParseMode.DROPMALFORMED), 4, 2),
                ok("malformed-rows.csv", suggested, 6, 0),
                ok("ragged.csv", suggested, 4, 2),
                ok("ragged.csv", o -> o.withMode(ParseMode.DROPMALFORMED), 2, 2),
                error("ragged.csv", o -> o.withMode(ParseMode.FAILFAST), "ragged.csv, line 3: \"2,y\"", "FAILFAST"),
                ok("latin1.csv", suggested, 3, 0),
                error("empty.csv", suggested, "empty.csv is empty (0 bytes)"),
                error("blank-lines.csv", o -> ImportOptions.defaults(SourceFormat.CSV), "blank-lines.csv has no rows (only blank lines)"),
                error("binary.csv", o -> ImportOptions.defaults(SourceFormat.CSV), "binary.csv is not CSV text: byte ", "(a binary file?)"),
                error("binary.csv", o -> ImportOptions.defaults(SourceFormat.JSON), "binary.csv is not JSON text: byte "),
                ok("broken-record.jsonl", suggested, 5, 1),
                error("broken-record.jsonl", o -> o.withMode(ParseMode.FAILFAST), "broken-record.jsonl, line 4: \"{\"id\": 4, \"name\": \"dan\", \"score\": \""),
                ok("nested.json", suggested, 3, 0),
                error("not-parquet.parquet", suggested, "not-parquet.parquet is not a Parquet file: it does not start with the magic bytes PAR1",
                        "(it starts with text: \"id,name 1,apple\")"),
                error("not-parquet.parquet", o -> o.withFormat(SourceFormat.ORC), "not-parquet.parquet is not an ORC file"),
                error("no-data-folder", o -> ImportOptions.defaults(SourceFormat.CSV), "no-data-folder has no data files"),
                error("missing.csv", o -> ImportOptions.defaults(SourceFormat.CSV), "missing.csv does not exist"),
                ok("with space.csv", suggested, 3, 0),
                ok("ünïcødé 数据.csv", suggested, 3, 0),
                ok("brackets[1].csv", suggested, 3, 0),
                ok("percent%20and%.csv", suggested, 3, 0),
                ok("hash#tag.csv", suggested, 3, 0));
    }

    private static Arguments ok(String file, UnaryOperator<ImportOptions> options, long rows, long malformed) {
        return Arguments.of(file, options, rows, malformed, List.of());
    }

    private static Arguments error(String file, UnaryOperator<ImportOptions> options, String... fragments) {
        return Arguments.of(file, options, -1L, -1L, List.of(fragments));
    }

    @ParameterizedTest(name = "{0} -> rows {2}, malformed {3} {4}")
    @MethodSource("imports")
    void importBehavesAsDocumented(String file, UnaryOperator<ImportOptions> tweak, long rows, long malformed, List<String> error) {
        Path path = badInput(file);
        if (!error.isEmpty()) {
            String view = "failed_" + Integer.toHexString(error.hashCode());
            InputFileException thrown = failure(() -> importAs(path, tweak.apply(suggestedOrCsv(path)), view));
            assertThat(thrown.getMessage()).contains(error).doesNotContain("\tat ").doesNotContain("SQLSTATE");
            assertThat(ImportTesting.spark().catalog().tableExists(view)).as("nothing registered").isFalse();
            return;
        }
        String view = "bad_" + ImportService.suggestViewName(path);
        ImportResult result = importAs(path, tweak.apply(ImportService.suggestOptions(path)), view);
        assertThat(result.rows()).isEqualTo(rows);
        assertThat(result.malformed()).isEqualTo(malformed);
        assertThat(strings("SELECT count(*) FROM " + view)).containsExactly(Long.toString(rows));
        if (malformed > 0) {
            assertThat(result.malformedView()).contains(view + "_malformed");
            assertThat(strings("SELECT source_file FROM " + view + "_malformed")).hasSize((int) malformed)
                    .allSatisfy(f -> assertThat(f).isEqualTo(path.toString()));
        } else {
            assertThat(result.malformedView()).isEmpty();
        }
    }

    private static ImportOptions suggestedOrCsv(Path path) {
        try {
            return ImportService.suggestOptions(path);
        } catch (InputFileException e) {
            return ImportOptions.defaults(SourceFormat.CSV);
        }
    }

    @Test
    void malformedRowsViewHoldsTheRawTextOfEachBadRow() {
        importAs(badInput("malformed-rows.csv"), ImportService.suggestOptions(badInput("malformed-rows.csv"))
                .withTypeOverrides(Map.of("price", "decimal(10,2)", "day", "date")), "bad_typed");
        assertThat(strings("SELECT raw_record FROM bad_typed_malformed ORDER BY raw_record"))
                .containsExactly("2,pear,n/a,2024-01-06", "3,plum,0.80,2024-13-45");
        importAs(badInput("ragged.csv"), ImportService.suggestOptions(badInput("ragged.csv")), "bad_ragged_raw");
        assertThat(strings("SELECT raw_record FROM bad_ragged_raw_malformed ORDER BY raw_record"))
                .containsExactly("2,y", "3,z,30,extra");
        importAs(badInput("broken-record.jsonl"), ImportService.suggestOptions(badInput("broken-record.jsonl")), "bad_json_raw");
        assertThat(strings("SELECT raw_record FROM bad_json_raw_malformed")).containsExactly("{\"id\": 4, \"name\": \"dan\", \"score\": ");
    }

    @Test
    void latin1FileReadsRightInItsEncodingAndWarnsInUtf8() {
        Path file = badInput("latin1.csv");
        assertThat(ImportService.suggestOptions(file).encoding()).isEqualTo("ISO-8859-1");
        importAs(file, ImportService.suggestOptions(file), "bad_latin1");
        assertThat(strings("SELECT name FROM bad_latin1 ORDER BY city")).containsExactly("Müller", "João", "Gruß");

        ImportPreview utf8 = preview(file, ImportService.suggestOptions(file).withEncoding("UTF-8"), 10);
        assertThat(utf8.warnings()).containsExactly("byte 11 is not valid UTF-8: choose the file's encoding, e.g. ISO-8859-1");
        assertThat(utf8.rows().get(0).get(0)).isEqualTo("M\uFFFDnchen");
        assertThat(preview(file, ImportService.suggestOptions(file), 10).warnings()).isEmpty();
    }

    @Test
    void deeplyNestedJsonKeepsItsStructure() {
        ImportResult result = importAs(badInput("nested.json"), ImportService.suggestOptions(badInput("nested.json")), "bad_nested");
        assertThat(result.columns()).extracting(ColumnInfo::name).containsExactly("id", "tree");
        assertThat(result.columns().get(1).type()).startsWith("struct<level1:struct<level2:struct<level3:");
        assertThat(strings("SELECT tree.level1.level2.level3.level4.level5.level6.level7.level8.level9.level10.level11.level12"
                + ".level13.level14.level15.level16.level17.level18.level19.level20.level21.level22.level23.level24.level25"
                + ".level26.level27.level28.level29.level30.value FROM bad_nested ORDER BY id")).containsExactly("10", "20", "30");
    }

    /** Glob characters cannot be checked in portably: these files and a decoy each pattern would also match are made here. */
    @ParameterizedTest
    @ValueSource(strings = {"star*.csv", "question?.csv", "braces{a,b}.csv", "range[a-z].csv", "back\\slash.csv"})
    void globCharactersInNamesReadExactlyThatFile(String name, @TempDir Path dir) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "id,label\n1,one\n2,two\n3,three\n", StandardCharsets.UTF_8);
        for (String decoy : List.of("starX.csv", "questionX.csv", "bracesa.csv", "rangeq.csv", "backslash.csv")) {
            Files.writeString(dir.resolve(decoy), "id,label\n9,decoy\n", StandardCharsets.UTF_8);
        }
        ImportResult result = importAs(file, ImportService.suggestOptions(file), "glob_view");
        assertThat(result.rows()).isEqualTo(3);
        assertThat(strings("SELECT label FROM glob_view ORDER BY id")).containsExactly("one", "two", "three");
        assertThat(preview(file, ImportService.suggestOptions(file), 5).rows()).hasSize(3);
    }

    @Test
    void oddNamesPreviewToo() {
        for (String name : List.of("with space.csv", "ünïcødé 数据.csv", "brackets[1].csv", "percent%20and%.csv", "hash#tag.csv")) {
            ImportPreview shown = preview(badInput(name), ImportService.suggestOptions(badInput(name)), 10);
            assertThat(shown.rows()).as(name).extracting(r -> r.get(1)).containsExactly("one", "two", "three");
        }
    }
}
