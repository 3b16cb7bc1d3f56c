package org.coplaunchpad.standalone.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.PageStore;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.hosting.security.RequestUser;

/**
 * The part of Confluence's REST API (/rest/api/content) that scripts use to manage pages, with its JSON shapes:
 * ids as strings, body.storage.{value,representation}, version.number (a PUT must send current + 1, else 409),
 * ancestors [{id}]. Pages you cannot view do not exist (404); viewable but not editable is 403; a body that is not
 * well-formed storage format is refused (400) as the editor refuses it.
 */
final class RestContentServlet extends HttpServlet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageStore pages;
    private final SpaceStore spaces;
    private final Permissions permissions;

    RestContentServlet(PageStore pages, SpaceStore spaces, Permissions permissions) {
        this.pages = pages;
        this.spaces = spaces;
        this.permissions = permissions;
    }

    private record Failure(int status, String message) {
    }

    private static final class RestException extends RuntimeException {
        private final Failure failure;

        RestException(int status, String message) {
            super(message);
            this.failure = new Failure(status, message);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        try {
            super.service(request, response);
        } catch (RestException e) {
            send(response, e.failure.status(), Map.of("statusCode", e.failure.status(), "message", e.failure.message(),
                    "data", Map.of("authorized", e.failure.status() != 401, "valid", e.failure.status() != 400)));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        Set<String> expand = expand(request);
        Optional<Long> id = idFromPath(request);
        if (id.isPresent()) {
            Page page = viewable(id.get(), user);
            send(response, 200, content(request, page, expand));
            return;
        }
        String spaceKey = request.getParameter("spaceKey");
        String title = request.getParameter("title");
        List<Map<String, Object>> results = new ArrayList<>();
        List<Page> candidates;
        if (spaceKey != null && title != null) {
            candidates = pages.find(spaceKey, title).map(List::of).orElse(List.of());
        } else if (spaceKey != null) {
            candidates = pages.inSpace(spaceKey);
        } else {
            throw new RestException(400, "spaceKey is required (this host lists pages of one space)");
        }
        for (Page page : candidates) {
            if (permissions.canView(user, page.spaceKey())) {
                results.add(content(request, page, expand));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", results);
        body.put("start", 0);
        body.put("limit", 25);
        body.put("size", results.size());
        body.put("_links", Map.of("base", base(request), "context", request.getContextPath()));
        send(response, 200, body);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = requireUser(request);
        requireJson(request);
        if (idFromPath(request).isPresent()) {
            throw new RestException(405, "POST creates content at /rest/api/content");
        }
        JsonNode json = body(request);
        requirePageType(json);
        String spaceKey = text(json.path("space").path("key"), "space.key");
        String title = text(json.path("title"), "title");
        String storage = storage(json);
        if (spaces.find(spaceKey).isEmpty()) {
            throw new RestException(404, "No space with key : " + spaceKey);
        }
        if (!permissions.canEdit(user, spaceKey)) {
            throw new RestException(permissions.canView(user, spaceKey) ? 403 : 404,
                    "Could not create content in space " + spaceKey + ": not permitted");
        }
        Long parentId = null;
        JsonNode ancestors = json.path("ancestors");
        if (ancestors.isArray() && !ancestors.isEmpty()) {
            JsonNode last = ancestors.get(ancestors.size() - 1);
            parentId = parseId(last.path("id").asText()).orElseThrow(() -> new RestException(400, "ancestors[].id is not a content id"));
            Page parent = pages.find(parentId).orElseThrow(() -> new RestException(400, "Ancestor not found"));
            if (!parent.spaceKey().equals(spaceKey)) {
                throw new RestException(400, "The ancestor is in another space");
            }
        }
        if (pages.find(spaceKey, title).isPresent()) {
            throw new RestException(400, "A page with this title already exists: A page already exists with the title "
                    + title + " in the space with key " + spaceKey);
        }
        Page created = pages.create(spaceKey, parentId, title, storage, user.get().username());
        send(response, 200, content(request, created, Set.of("body.storage", "ancestors", "space", "version")));
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = requireUser(request);
        requireJson(request);
        long id = idFromPath(request).orElseThrow(() -> new RestException(405, "PUT needs /rest/api/content/{id}"));
        Page page = viewable(id, user);
        if (!permissions.canEdit(user, page.spaceKey())) {
            throw new RestException(403, "Not permitted to edit content " + id);
        }
        JsonNode json = body(request);
        requirePageType(json);
        JsonNode number = json.path("version").path("number");
        if (!number.canConvertToInt() || number.asInt() != page.version() + 1) {
            throw new RestException(409, "Version must be incremented on update. Current version is: " + page.version());
        }
        String title = json.hasNonNull("title") ? text(json.path("title"), "title") : page.title();
        String storage = json.path("body").has("storage") ? storage(json) : page.body();
        Optional<Page> sameTitle = pages.find(page.spaceKey(), title);
        if (sameTitle.isPresent() && sameTitle.get().id() != id) {
            throw new RestException(400, "A page with this title already exists in space " + page.spaceKey());
        }
        if (!pages.update(id, page.version(), title, storage, user.get().username())) {
            throw new RestException(409, "Version must be incremented on update. Current version is: "
                    + pages.find(id).map(Page::version).orElse(page.version()));
        }
        send(response, 200, content(request, pages.find(id).orElseThrow(),
                Set.of("body.storage", "ancestors", "space", "version")));
    }

    private Page viewable(long id, Optional<User> user) {
        return pages.find(id).filter(p -> permissions.canView(user, p.spaceKey()))
                .orElseThrow(() -> new RestException(404, "No content found with id: " + id));
    }

    private Map<String, Object> content(HttpServletRequest request, Page page, Set<String> expand) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", Long.toString(page.id()));
        content.put("type", "page");
        content.put("status", "current");
        content.put("title", page.title());
        spaces.find(page.spaceKey()).ifPresent(space -> content.put("space",
                Map.of("key", space.key(), "name", space.name(), "type", "global")));
        content.put("version", Map.of("number", page.version(), "by", Map.of("username", page.lastModifier()),
                "when", page.lastModified().toString()));
        if (expand.contains("ancestors")) {
            content.put("ancestors", pages.ancestors(page).stream()
                    .map(a -> Map.of("id", Long.toString(a.id()), "type", "page", "title", a.title())).toList());
        }
        if (expand.contains("body.storage") || expand.contains("body")) {
            content.put("body", Map.of("storage", Map.of("value", page.body(), "representation", "storage")));
        }
        content.put("_links", Map.of("webui", StorageLinks.webui(page), "tinyui", "/pages/viewpage.action?pageId=" + page.id(),
                "self", base(request) + "/rest/api/content/" + page.id()));
        return content;
    }

    private static Set<String> expand(HttpServletRequest request) {
        String expand = request.getParameter("expand");
        return expand == null ? Set.of() : Set.of(expand.split(","));
    }

    private static Optional<Long> idFromPath(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/") || info.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parseId(info.substring(1)).orElseThrow(() -> new RestException(404, "No such resource: " + info)));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<User> requireUser(HttpServletRequest request) {
        Optional<User> user = RequestUser.of(request);
        if (user.isEmpty()) {
            throw new RestException(401, "This request requires authentication (HTTP Basic or a session)");
        }
        return user;
    }

    /** JSON cannot be posted cross-site by a plain form, which is why Confluence's REST API needs no atl_token. */
    private static void requireJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            if (!"no-check".equals(request.getHeader(XsrfTokens.HEADER))) {
                throw new RestException(415, "Send Content-Type: application/json");
            }
        }
    }

    private static JsonNode body(HttpServletRequest request) throws IOException {
        try {
            JsonNode json = JSON.readTree(request.getInputStream());
            if (json == null || !json.isObject()) {
                throw new RestException(400, "The request body must be a JSON object");
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new RestException(400, "Malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static void requirePageType(JsonNode json) {
        if (!"page".equals(json.path("type").asText("page"))) {
            throw new RestException(400, "This host supports content of type page only");
        }
    }

    private static String storage(JsonNode json) {
        JsonNode storage = json.path("body").path("storage");
        if (!"storage".equals(storage.path("representation").asText("storage"))) {
            throw new RestException(400, "body.storage.representation must be storage");
        }
        String value = text(storage.path("value"), "body.storage.value");
        // As the editor (and Confluence, "Error parsing xhtml"): what is not well-formed is never stored.
        StorageFormat.check(value).ifPresent(problem -> {
            throw new RestException(400, "Error parsing xhtml: body.storage.value is not well-formed storage format: "
                    + problem.describe());
        });
        return value;
    }

    private static String text(JsonNode node, String field) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new RestException(400, field + " is required");
        }
        return node.asText();
    }

    private static String base(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }

    private static void send(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
