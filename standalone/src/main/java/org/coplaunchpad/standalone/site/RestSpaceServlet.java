package org.coplaunchpad.standalone.site;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.space.SpaceCreation;

/**
 * Confluence's {@code /rest/api/space}: {@code POST} with {@code {"key": "…", "name": "…"}} creates a space for
 * Confluence administrators (403 others, 400 for a bad or taken key), the creator holding every space permission,
 * and answers the space with its home page; {@code DELETE /rest/api/space/{key}} removes a space for Confluence
 * administrators and the space's administrators (403 others, 404 for an unknown key), 204 once the space, its pages
 * and permissions are gone and SpaceRemoveEvent has been handled. No atl_token: JSON and DELETE cannot be sent by a
 * cross-site form.
 */
final class RestSpaceServlet extends RestResource {
    private final SiteContext site;
    private final SpaceCreation creation;

    RestSpaceServlet(SiteContext site, SpaceCreation creation) {
        this.site = site;
        this.creation = creation;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = requireUser(request);
        requireJson(request);
        if (key(request).isPresent()) {
            throw new Refused(405, "POST creates a space at /rest/api/space");
        }
        if (!site.permissions().isConfluenceAdministrator(user)) {
            throw new Refused(403, "Only Confluence administrators can create spaces on this host");
        }
        JsonNode json = body(request);
        try {
            Space space = creation.create(json.path("key").asText(""), json.path("name").asText(""), user.get());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", space.id());
            body.put("key", space.key());
            body.put("name", space.name());
            body.put("type", "global");
            body.put("homepage", Map.of("id", Long.toString(space.homePageId()), "type", "page", "title", space.name()));
            body.put("_links", Map.of("webui", "/display/" + StorageLinks.encode(space.key())));
            send(response, 200, body);
        } catch (SpaceCreation.Refused e) {
            throw new Refused(400, e.getMessage());
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = requireUser(request);
        String key = key(request).orElse("");
        Space space = key.contains("/") ? null : site.spaces().find(key).orElse(null);
        if (space == null) {
            throw new Refused(404, "No space with key : " + key);
        }
        if (!site.permissions().isConfluenceAdministrator(user)
                && !site.permissions().has(user, SpacePermission.ADMINISTER, space.key())) {
            throw new Refused(403, "Only Confluence administrators and the space's administrators can remove space " + key);
        }
        site.spaceRemoval().remove(space);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    /** The {key} of /rest/api/space/{key}, if the path has one. */
    private static Optional<String> key(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? Optional.empty() : Optional.of(info.substring(1));
    }
}
