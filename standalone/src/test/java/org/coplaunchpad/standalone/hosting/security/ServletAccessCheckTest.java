package org.coplaunchpad.standalone.hosting.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.ServletAccessCheck.Access;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;
import org.junit.jupiter.api.Test;

/** The host checks an app servlet's security annotation before the servlet runs, as Confluence 9+ does. */
class ServletAccessCheckTest {
    private static final Optional<User> ANONYMOUS = Optional.empty();
    private static final Optional<User> MEMBER = Optional.of(new User("alice", "Alice", "a@example.org", Locale.FRENCH, false));
    private static final Optional<User> ADMIN = Optional.of(new User("admin", "Admin", "x@example.org", Locale.FRENCH, true));

    private final Permissions permissions = new Permissions(mock(SpaceStore.class), mock(UserStore.class));

    static class Unannotated extends HttpServlet {
    }

    @AdminOnly
    static class AdminPage extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    @LicensedOnly
    static class ReadForMembersWriteForAdmins extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        }

        @AdminOnly
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        }
    }

    @UnrestrictedAccess
    static class Open extends HttpServlet {
    }

    @Test
    void an_unannotated_servlet_is_for_licensed_users_only() {
        assertEquals(Access.LICENSED_ONLY, ServletAccessCheck.declared(Unannotated.class, "GET"));
        assertFalse(allows(Unannotated.class, "GET", ANONYMOUS));
        assertTrue(allows(Unannotated.class, "GET", MEMBER));
    }

    @Test
    void admin_only_admits_confluence_administrators_only() {
        assertFalse(allows(AdminPage.class, "GET", MEMBER));
        assertTrue(allows(AdminPage.class, "GET", ADMIN));
    }

    @Test
    void the_annotation_on_the_method_wins_over_the_one_on_the_class() {
        assertEquals(Access.ADMIN_ONLY, ServletAccessCheck.declared(ReadForMembersWriteForAdmins.class, "POST"));
        assertTrue(allows(ReadForMembersWriteForAdmins.class, "GET", MEMBER));
        assertFalse(allows(ReadForMembersWriteForAdmins.class, "POST", MEMBER));
    }

    @Test
    void unrestricted_access_admits_anonymous_visitors() {
        assertTrue(allows(Open.class, "POST", ANONYMOUS));
    }

    @Test
    void an_anonymous_page_request_is_sent_to_the_login_page_and_the_servlet_does_not_run() throws Exception {
        HttpServletRequest request = request("GET", ANONYMOUS);
        HttpServletResponse response = mock(HttpServletResponse.class);

        assertFalse(new ServletAccessCheck(AdminPage.class, permissions).admit(request, response));

        verify(response).sendRedirect(
                "http://localhost:1990/confluence/login.action?os_destination=%2Fplugins%2Fservlet%2Fx%3Fa%3D1");
    }

    @Test
    void an_anonymous_post_is_401_and_a_member_without_the_role_403() throws Exception {
        HttpServletResponse anonymous = response();
        HttpServletResponse member = response();

        assertFalse(new ServletAccessCheck(AdminPage.class, permissions).admit(request("POST", ANONYMOUS), anonymous));
        assertFalse(new ServletAccessCheck(AdminPage.class, permissions).admit(request("GET", MEMBER), member));

        verify(anonymous).setStatus(401);
        verify(member).setStatus(403);
    }

    @Test
    void a_client_asking_for_json_gets_the_refusal_as_the_rest_modules_status_entity() throws Exception {
        HttpServletRequest request = request("POST", MEMBER);
        when(request.getHeader("Accept")).thenReturn("application/json, text/javascript, */*; q=0.01");
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));

        assertFalse(new ServletAccessCheck(AdminPage.class, permissions).admit(request, response));

        verify(response).setContentType("application/json;charset=UTF-8");
        assertEquals("{\"status-code\":403,\"message\":\"You do not have permission to access this resource.\"}",
                body.toString());
    }

    private boolean allows(Class<? extends HttpServlet> servlet, String method, Optional<User> user) {
        return new ServletAccessCheck(servlet, permissions).allows(ServletAccessCheck.declared(servlet, method), user);
    }

    private static HttpServletRequest request(String method, Optional<User> user) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getAttribute("host.user")).thenReturn(user);
        when(request.getContextPath()).thenReturn("/confluence");
        when(request.getRequestURI()).thenReturn("/confluence/plugins/servlet/x");
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://localhost:1990/confluence/plugins/servlet/x"));
        when(request.getQueryString()).thenReturn("a=1");
        return request;
    }

    private static HttpServletResponse response() throws Exception {
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        return response;
    }
}
