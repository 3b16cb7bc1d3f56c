package org.coplaunchpad.standalone.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.site.space.SpaceCreation;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;

/**
 * {@code POST /rest/api/space} with Confluence's JSON ({@code {"key": "…", "name": "…"}}): creates a space for
 * Confluence administrators (401 anonymous, 403 others, 400 for a bad or taken key), the creator holding every space
 * permission, and answers the space with its home page. JSON only, so no atl_token, as Confluence's REST API.
 */
final class RestSpaceCreateServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SpaceCreation creation;
    private final SiteContext site;

    RestSpaceCreateServlet(SiteContext site, SpaceCreation creation) {
        this.site = site;
        this.creation = creation;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            send(response, 401, error(401, "This request requires authentication (HTTP Basic or a session)"));
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            send(response, 415, error(415, "Send Content-Type: application/json"));
            return;
        }
        if (!site.permissions().isConfluenceAdministrator(user)) {
            send(response, 403, error(403, "Only Confluence administrators can create spaces on this host"));
            return;
        }
        JsonNode json;
        try {
            json = JSON.readTree(request.getInputStream());
        } catch (JsonProcessingException e) {
            send(response, 400, error(400, "Malformed JSON: " + e.getOriginalMessage()));
            return;
        }
        if (json == null || !json.isObject()) {
            send(response, 400, error(400, "The request body must be a JSON object with key and name"));
            return;
        }
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
            send(response, 400, error(400, e.getMessage()));
        }
    }

    private static Map<String, Object> error(int status, String message) {
        return Map.of("statusCode", status, "message", message);
    }

    private static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
