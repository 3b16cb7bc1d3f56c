package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Consumer;
import org.coplaunchpad.dashboard.OverviewViews.OverviewRowView;
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

    private static final Map<String, String> LABELS = Map.of("space", "Espace", "checklist", "Liste",
            "respondents-column", "Membres", "score-column", "Maturité, %", "decision", "Suggestion",
            "activity-column", "Dernière réponse", "decision-in-force", "Décision en vigueur");

    private static final OverviewRowView DECIDED = new OverviewRowView("CDP", "Communauté, de pratique", "readiness", 2,
            3, "67\u00a0%", "ready", "Prête", "launch", "Lancer", "2 déc. 2026", "2026-12-02T12:00:00Z", 1, 0,
            "1 déc. 2026, 10:00", "/confluence/x?spaceKey=CDP");
    private static final OverviewRowView UNDECIDED = new OverviewRowView("OPS", "=cmd|' /C calc'!A0", "say \"hi\"", 1, 0,
            "\u2014", "cannot-decide", "Indécidable", "none", "aucune", "", "", 0, 0, "", "/confluence/x?spaceKey=OPS");

    @Test
    void the_overview_is_written_row_by_row_with_a_byte_order_mark_a_header_and_the_release_s_columns() {
        StringWriter out = new StringWriter();

        Consumer<OverviewRowView> rows = CsvExport.overview(LABELS, out);
        String header = out.toString();
        rows.accept(DECIDED);
        rows.accept(UNDECIDED);

        assertEquals("\uFEFFEspace,space name,Liste,Membres,\"Maturité, %\",Suggestion,Dernière réponse,round,decision,"
                + "Décision en vigueur,decided at,open actions,overdue actions\r\n", header, "written before any row");
        assertEquals(header
                + "CDP,\"Communauté, de pratique\",readiness,3,67,Prête,\"1 déc. 2026, 10:00\",2,launch,Lancer,"
                + "2026-12-02T12:00:00Z,1,0\r\n"
                + "OPS,'=cmd|' /C calc'!A0,\"say \"\"hi\"\"\",0,,Indécidable,,1,none,aucune,,0,0\r\n", out.toString(),
                "the text of the whole export the overview wrote before it streamed: quoted, neutralised, no % or dash");
    }

    @Test
    void a_row_that_cannot_be_written_fails_unchecked_with_the_writer_s_cause() {
        IOException gone = new IOException("the viewer went away");
        Writer broken = new Writer() {
            private boolean headerWritten;

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                if (headerWritten) {
                    throw gone;
                }
                headerWritten = true;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Consumer<OverviewRowView> rows = CsvExport.overview(LABELS, broken);

        assertEquals(gone, assertThrows(UncheckedIOException.class, () -> rows.accept(DECIDED)).getCause());
    }
}
