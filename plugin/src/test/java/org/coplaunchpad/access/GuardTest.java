package org.coplaunchpad.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.security.PermissionManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.ServletHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The order of the guard's checks, on an endpoint that only records that it was reached. */
class GuardTest {
    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private final MacroHarness macros = new MacroHarness().viewerLocale(Locale.ENGLISH);
    private final ServletHarness servlets = new ServletHarness(confluence, macros);
    private final List<Granted> reached = new ArrayList<>();

    private final class Recording extends GuardedServlet {
        Recording(Endpoint endpoint) {
            super(servlets.guard, endpoint);
        }

        @Override
        protected void handle(Granted granted, HttpServletRequest request, HttpServletResponse response) {
            reached.add(granted);
            response.setStatus(204);
        }
    }

    private final Recording json = new Recording(Endpoint.json(Permission.MEMBER, "cop-launchpad.answers.error.", "POST"));
    private final Recording spaceAdmin = new Recording(Endpoint.page(Permission.SPACE_ADMINISTRATOR,
            "cop-launchpad.dashboard.error.", "GET", "POST"));
    private final Recording adminsOnly = new Recording(Endpoint.page(Permission.CONFLUENCE_ADMINISTRATOR,
            "cop-launchpad.overview.error.", "GET").behindWebSudo());

    @BeforeEach
    void cdpWithAMemberACoachAndAnAdministrator() {
        confluence.space("CDP");
        confluence.user("alice", "Alice Arnaud");
        confluence.mayAdminister(confluence.user("coach", "Camille Coach"), confluence.spaceManager.getSpace("CDP"));
        confluence.mayAdminister(confluence.user("admin", "Ada Admin"), PermissionManager.TARGET_APPLICATION);
    }

    private MockHttpServletResponse as(String user, Recording servlet, String method, Map<String, String> parameters)
            throws Exception {
        confluence.loggedIn(user);
        return ServletHarness.call(servlet, method, parameters);
    }

    @Test
    void an_anonymous_caller_is_asked_to_log_in_before_anything_else() throws Exception {
        when(servlets.xsrf.validateFormEncodedToken(any())).thenReturn(false);

        assertEquals(401, as(null, json, "GET", Map.of()).getStatus());
        assertEquals(ServletHarness.LOGIN, as(null, adminsOnly, "POST", Map.of()).getRedirectedUrl());
        assertTrue(reached.isEmpty());
    }

    @Test
    void every_post_needs_a_valid_token_even_where_post_is_not_accepted() throws Exception {
        when(servlets.xsrf.validateFormEncodedToken(any())).thenReturn(false);

        MockHttpServletResponse refused = as("admin", adminsOnly, "POST", Map.of());
        MockHttpServletResponse json403 = as("alice", json, "POST", Map.of());

        assertEquals(403, refused.getStatus());
        assertEquals(403, json403.getStatus());
        assertTrue(json403.getContentAsString().contains("\"field\":\"atl_token\""), json403.getContentAsString());
        assertTrue(reached.isEmpty());
    }

    @Test
    void a_method_the_endpoint_does_not_accept_is_405_with_the_ones_it_does() throws Exception {
        MockHttpServletResponse refused = as("coach", spaceAdmin, "DELETE", Map.of("spaceKey", "CDP"));

        assertEquals(405, refused.getStatus());
        assertEquals("GET, POST", refused.getHeader("Allow"));
    }

    @Test
    void the_space_is_named_known_and_administered_before_the_endpoint_runs() throws Exception {
        assertEquals(400, as("coach", spaceAdmin, "GET", Map.of()).getStatus());
        assertEquals(404, as("coach", spaceAdmin, "GET", Map.of("spaceKey", "NOPE")).getStatus());
        assertEquals(403, as("alice", spaceAdmin, "GET", Map.of("spaceKey", "CDP")).getStatus());
        assertEquals(204, as("coach", spaceAdmin, "GET", Map.of("spaceKey", " CDP ")).getStatus());

        assertEquals(1, reached.size());
        assertEquals("CDP", reached.get(0).space().orElseThrow().getKey());
        assertEquals(Viewer.user("coach"), reached.get(0).viewer());
    }

    @Test
    void websudo_comes_last_so_that_nobody_confirms_a_password_only_to_be_refused() throws Exception {
        when(servlets.webSudo.canExecuteRequest(any())).thenReturn(false);

        assertEquals(403, as("coach", adminsOnly, "GET", Map.of()).getStatus());
        verify(servlets.webSudo, never()).enforceWebSudoProtection(any(), any());

        as("admin", adminsOnly, "GET", Map.of());
        verify(servlets.webSudo).enforceWebSudoProtection(any(), any());
        assertTrue(reached.isEmpty());
    }

    @Test
    void a_deleted_user_with_a_session_is_refused_as_no_member() throws Exception {
        confluence.deleted("alice");

        assertEquals(403, as("alice", json, "POST", Map.of()).getStatus());
        assertTrue(reached.isEmpty());
    }
}
