package org.coplaunchpad.standalone.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.services.HostSpaceRemoval;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.User;

/**
 * {@code DELETE /rest/api/space/{key}}, Confluence's space removal: Confluence administrators and the space's
 * administrators only (403 for others, 401 anonymous, 404 for an unknown key); 204 once the space, its pages and
 * permissions are gone and SpaceRemoveEvent has been handled. No atl_token: a cross-site page cannot send DELETE.
 */
final class RestSpaceServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SpaceStore spaces;
    private final Permissions permissions;
    private final HostSpaceRemoval removal;

    RestSpaceServlet(SpaceStore spaces, Permissions permissions, HostSpaceRemoval removal) {
        this.spaces = spaces;
        this.permissions = permissions;
        this.removal = removal;
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            error(response, 401, "This request requires authentication (HTTP Basic or a session)");
            return;
        }
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Space> space = key.isEmpty() || key.contains("/") ? Optional.empty() : spaces.find(key);
        if (space.isEmpty()) {
            error(response, 404, "No space with key : " + key);
            return;
        }
        if (!permissions.isConfluenceAdministrator(user)
                && !permissions.has(user, SpacePermission.ADMINISTER, space.get().key())) {
            error(response, 403, "Only Confluence administrators and the space's administrators can remove space " + key);
            return;
        }
        removal.remove(space.get());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static void error(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("statusCode", status, "message", message));
    }
}
