package org.coplaunchpad.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coplaunchpad.answers.StoreUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A streamed CSV goes out with the headers of a whole one (but its length) and the same bytes; a failure before
 * anything was sent takes the response back for the caller's error page, one after the first bytes aborts it.
 */
class PageResponsesTest {
    private static final String CSV = "\uFEFFspace,name\r\nCDP,Communauté\r\n";
    private static final List<String> HEADERS = List.of("Cache-Control", "X-Content-Type-Options", "Content-Disposition",
            "Content-Type");

    @Test
    void a_streamed_csv_has_the_headers_and_the_bytes_of_the_same_csv_sent_whole_without_its_length() throws Exception {
        MockHttpServletResponse whole = new MockHttpServletResponse();
        MockHttpServletResponse streamed = new MockHttpServletResponse();

        PageResponses.csv(whole, "cop-launchpad-overview.csv", CSV.getBytes(StandardCharsets.UTF_8));
        PageResponses.csv(streamed, "cop-launchpad-overview.csv", out -> {
            out.write(CSV.substring(0, 10));
            out.write(CSV.substring(10));
        });

        for (String header : HEADERS) {
            assertEquals(whole.getHeaderValues(header), streamed.getHeaderValues(header), header);
        }
        assertEquals("attachment; filename=\"cop-launchpad-overview.csv\"", streamed.getHeader("Content-Disposition"));
        assertEquals("text/csv;charset=UTF-8", streamed.getContentType());
        assertEquals(200, streamed.getStatus());
        assertArrayEquals(whole.getContentAsByteArray(), streamed.getContentAsByteArray(), "a BOM, then UTF-8");
        assertFalse(streamed.containsHeader("Content-Length"), "the container sends it in chunks");
    }

    @Test
    void a_failure_before_anything_was_sent_takes_the_response_back_and_reaches_the_caller() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        StoreUnavailableException down = new StoreUnavailableException("Could not read the overview", null);

        StoreUnavailableException thrown = assertThrows(StoreUnavailableException.class, () ->
                PageResponses.csv(response, "cop-launchpad-overview.csv", out -> {
                    out.write(CSV);
                    throw down;
                }));

        assertSame(down, thrown, "for the guard's 503 page");
        assertFalse(response.isCommitted());
        assertEquals("", response.getContentAsString(), "the header row written so far is taken back");
        assertNull(response.getHeader("Content-Disposition"), "the error page is not offered as a download");
    }

    @Test
    void a_failure_after_the_first_bytes_left_aborts_the_response_and_writes_nothing_after_them() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setBufferSize(64);
        String rows = "CDP,Communauté\r\n".repeat(20);

        IOException aborted = assertThrows(IOException.class, () ->
                PageResponses.csv(response, "cop-launchpad-overview.csv", out -> {
                    out.write(rows);
                    throw new StoreUnavailableException("Could not read the overview", null);
                }));

        assertTrue(response.isCommitted());
        assertTrue(aborted.getMessage().contains("stopped part way"), aborted.getMessage());
        assertEquals(rows, response.getContentAsString(), "no error page appended to the rows already sent");
        assertEquals(200, response.getStatus(), "sent before the failure, unchanged");
    }

    @Test
    void a_viewer_who_went_away_ends_the_download_with_the_writer_s_failure() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        IOException gone = new IOException("Broken pipe");

        IOException thrown = assertThrows(IOException.class, () ->
                PageResponses.csv(response, "cop-launchpad-overview.csv", out -> {
                    throw new UncheckedIOException(gone);
                }));

        assertSame(gone, thrown);
    }
}
