package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What is kept of a text people type: what PostgreSQL, H2 and MariaDB all store alike. */
class PlainTextTest {
    @Test
    void line_ends_become_lf_and_the_text_is_trimmed() {
        assertEquals("Un coach\nà plein temps.\n\nVoilà.", PlainText.of("  Un coach\r\nà plein temps.\r\rVoilà. \n"));
    }

    @Test
    void control_characters_are_dropped_but_tabs_and_line_ends_stay() {
        assertEquals("ab\tc\nd", PlainText.of("a\u0000b\tc\u0007\nd\u001b\u007f"));
    }

    @Test
    void nothing_else_changes_and_null_is_empty() {
        assertEquals("😀 « é » <b>&amp;</b>", PlainText.of("😀 « é » <b>&amp;</b>"));
        assertEquals("", PlainText.of(null));
    }

    @Test
    void a_reason_with_a_nul_is_stored_without_it() {
        assertEquals("Oui", AnswerReason.normalise("O\u0000ui").reason().orElseThrow());
    }
}
