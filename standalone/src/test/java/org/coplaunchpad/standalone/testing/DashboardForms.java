package org.coplaunchpad.standalone.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * The space dashboard's forms posted over HTTP as a space administrator's browser posts them: the session opens the
 * dashboard, which gives the atl_token (every form of the page carries the session's one), then posts the fields with
 * the space key and that token.
 */
public final class DashboardForms {
    public static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard";

    private DashboardForms() {
    }

    /** {@code fields} (thresholds, or an {@code action} and what it needs) posted to the dashboard of {@code spaceKey}. */
    public static HttpResponse<String> post(Browserless session, String spaceKey, Map<String, String> fields) {
        HttpResponse<String> dashboard = session.get(DASHBOARD + "?spaceKey=" + spaceKey);
        assertEquals(200, dashboard.statusCode(), dashboard.body());
        String token = Jsoup.parse(dashboard.body()).selectFirst("input[name=atl_token]").val();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("spaceKey", spaceKey);
        form.put("atl_token", token);
        return session.postForm(DASHBOARD, form);
    }
}
