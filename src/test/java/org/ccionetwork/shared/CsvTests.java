package org.ccionetwork.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTests {

    @Test
    void rowsEndInCrLfAndFieldsAreQuotedOnlyWhereTheyMustBe() {
        String csv = new Csv("name", "note", "count")
                .row("Plain", "Has, a comma", 3)
                .row("Says \"hello\"", "Two\nlines", null)
                .toString();
        assertThat(csv).isEqualTo("name,note,count\r\n"
                + "Plain,\"Has, a comma\",3\r\n"
                + "\"Says \"\"hello\"\"\",\"Two\nlines\",\r\n");
    }

    static Stream<String> formulas() {
        return Stream.of("=HYPERLINK(\"https://evil.example\",\"Click\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTabbed",
                "\rReturned");
    }

    @ParameterizedTest
    @MethodSource("formulas")
    void aFieldASpreadsheetWouldRunAsAFormulaStaysText(String field) {
        String csv = new Csv("name").row(field).toString();
        List<CSVRecord> records = parse(csv);
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo("'" + field);
    }

    @Test
    void ordinaryFieldsAreWrittenAsTheyAreAndReadBackTheSame() {
        var fields = new String[] {"Dr Amara O'Kafor", "a=b", "x-ray", "", "Ünïcödé, “quoted”", "50%"};
        String csv = new Csv("a", "b", "c", "d", "e", "f").row((Object[]) fields).toString();
        assertThat(parse(csv).get(1).values()).containsExactly(fields);
    }

    @Test
    void theBytesAreUtf8() {
        assertThat(new Csv("café").bytes()).isEqualTo("café\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> parse(String csv) {
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return parser.getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
