package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvExportTest {
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"})
    void cells_a_spreadsheet_would_run_as_a_formula_are_neutralised(String value) {
        String cell = CsvExport.cell(value);

        assertEquals('\'', cell.charAt(cell.startsWith("\"") ? 1 : 0), cell);
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted() {
        assertEquals("\"a, b\"", CsvExport.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvExport.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvExport.cell("two\nlines"));
        assertEquals("plain", CsvExport.cell("plain"));
        assertEquals("", CsvExport.cell(null));
    }

    @Test
    void file_names_are_safe_in_a_header() {
        assertEquals("cop-launchpad-CDP_x_y_.csv", CsvExport.fileName("CDP x\"y;"));
    }
}
