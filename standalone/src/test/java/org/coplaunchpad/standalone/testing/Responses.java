package org.coplaunchpad.standalone.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.List;

/** What no response of the site may ever show: the words of an exception or of the database. */
public final class Responses {
    private static final List<String> NEVER_SHOWN = List.of("SELECT", "AO_55510E", "HOST_", "SQL", "Exception",
            "at org.", "Caused by", "jdbc");

    private Responses() {
    }

    public static HttpResponse<String> showingNoInternals(HttpResponse<String> response) {
        for (String internal : NEVER_SHOWN) {
            assertFalse(response.body().contains(internal), internal + " shown by " + response.uri() + ": " + response.body());
        }
        return response;
    }
}
