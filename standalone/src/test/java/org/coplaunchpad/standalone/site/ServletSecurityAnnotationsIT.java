package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.Ticking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's servlets behind the host's check of their {@code com.atlassian.annotations.security} annotation, which
 * runs before the servlet as in Confluence 9+: the servlet's own checks are never reached by a refused request.
 */
class ServletSecurityAnnotationsIT {
    private static final String OVERVIEW = "/plugins/servlet/cop-launchpad/overview";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    @Test
    void a_member_who_is_no_administrator_is_refused_the_admin_only_overview_by_the_host() {
        HttpResponse<String> response = new Browserless(host.baseUri()).basic("alice", "alice").get(OVERVIEW);

        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                "the host's refusal, not the app's page");
    }

    @Test
    void an_administrator_gets_past_the_annotation_to_the_overview() {
        HttpResponse<String> response = new Browserless(host.baseUri()).basic("admin", "admin").get(OVERVIEW);

        assertNotEquals(403, response.statusCode());
        assertNotEquals(401, response.statusCode());
    }

    @Test
    void an_anonymous_post_to_the_licensed_only_answers_endpoint_is_401_from_the_host() {
        HttpResponse<String> response = new Browserless(host.baseUri()).postForm(Ticking.ANSWERS, Map.of("atl_token", "x"));

        assertEquals(401, response.statusCode());
        assertEquals("Client must be authenticated to access this resource.", response.body());
    }
}
