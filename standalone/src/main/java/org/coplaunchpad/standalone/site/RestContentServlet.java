package org.coplaunchpad.standalone.site;

import com.atlassian.confluence.pages.PageUpdateTrigger;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.PageStore;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.security.RequestUser;
import org.coplaunchpad.standalone.hosting.services.HostPageLifecycle;

/**
 * The part of Confluence's REST API (/rest/api/content) that scripts use to manage pages, with its JSON shapes:
 * ids as strings, body.storage.{value,representation}, version.number (a PUT must send current + 1, else 409),
 * ancestors [{id}], status. Pages you cannot view do not exist (404); viewable but not editable is 403; a body that is
 * not well-formed storage format is refused (400) as the editor refuses it. DELETE trashes a page, PUT with
 * {@code "status":"current"} restores it, {@code DELETE ?status=trashed} purges it (confluence-rest-resources 8.7.2
 * ContentResource, ContentServiceImpl, ContentTrashServiceImpl); trashed pages are seen only with {@code ?status=}.
 * Every change goes through the host's page lifecycle, which publishes Confluence's page events.
 */
final class RestContentServlet extends RestResource {
    private final PageStore pages;
    private final HostPageLifecycle lifecycle;
    private final SpaceStore spaces;
    private final Permissions permissions;

    RestContentServlet(PageStore pages, HostPageLifecycle lifecycle, SpaceStore spaces, Permissions permissions) {
        this.pages = pages;
        this.lifecycle = lifecycle;
        this.spaces = spaces;
        this.permissions = permissions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = RequestUser.of(request);
        Set<String> expand = expand(request);
        Set<Page.Status> statuses = statuses(request);
        Optional<Long> id = idFromPath(request);
        if (id.isPresent()) {
            Page page = viewableAnyStatus(id.get(), user).filter(p -> statuses.contains(p.status()))
                    .orElseThrow(() -> notFound(id.get()));
            send(response, 200, content(request, page, expand));
            return;
        }
        String spaceKey = request.getParameter("spaceKey");
        String title = request.getParameter("title");
        if (spaceKey == null) {
            throw new Refused(400, "spaceKey is required (this host lists pages of one space)");
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Page page : pages.inSpaceAnyStatus(spaceKey)) {
            if ((title == null || page.title().equals(title)) && statuses.contains(page.status())
                    && permissions.canView(user, page.spaceKey())) {
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
            throw new Refused(405, "POST creates content at /rest/api/content");
        }
        JsonNode json = body(request);
        requirePageType(json);
        String spaceKey = text(json.path("space").path("key"), "space.key");
        String title = text(json.path("title"), "title");
        String storage = storage(json);
        if (spaces.find(spaceKey).isEmpty()) {
            throw new Refused(404, "No space with key : " + spaceKey);
        }
        if (!permissions.canEdit(user, spaceKey)) {
            throw new Refused(permissions.canView(user, spaceKey) ? 403 : 404,
                    "Could not create content in space " + spaceKey + ": not permitted");
        }
        Long parentId = null;
        JsonNode ancestors = json.path("ancestors");
        if (ancestors.isArray() && !ancestors.isEmpty()) {
            JsonNode last = ancestors.get(ancestors.size() - 1);
            parentId = parseId(last.path("id").asText()).orElseThrow(() -> new Refused(400, "ancestors[].id is not a content id"));
            Page parent = pages.find(parentId).orElseThrow(() -> new Refused(400, "Ancestor not found"));
            // (A trashed page is not found: it is no page's ancestor.)
            if (!parent.spaceKey().equals(spaceKey)) {
                throw new Refused(400, "The ancestor is in another space");
            }
        }
        if (pages.find(spaceKey, title).isPresent()) {
            throw new Refused(400, "A page with this title already exists: A page already exists with the title "
                    + title + " in the space with key " + spaceKey);
        }
        Page created = lifecycle.create(spaceKey, parentId, title, storage, user.get().username());
        send(response, 200, content(request, created, Set.of("body.storage", "ancestors", "space", "version")));
    }

    /**
     * A new version of a current page; on a page in the trash, a restore (ContentServiceImpl.update: a deleted page is
     * restored by ContentTrashServiceImpl.restore, whatever else the body says).
     */
    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = requireUser(request);
        requireJson(request);
        long id = idFromPath(request).orElseThrow(() -> new Refused(405, "PUT needs /rest/api/content/{id}"));
        Page page = viewableAnyStatus(id, user).orElseThrow(() -> notFound(id));
        JsonNode json = body(request);
        requirePageType(json);
        if (!page.current()) {
            restore(request, response, user.get(), page, json);
            return;
        }
        if (!permissions.canEdit(user, page.spaceKey())) {
            throw new Refused(403, "Not permitted to edit content " + id);
        }
        JsonNode number = json.path("version").path("number");
        if (!number.canConvertToInt() || number.asInt() != page.version() + 1) {
            throw new Refused(409, "Version must be incremented on update. Current version is: " + page.version());
        }
        String title = json.hasNonNull("title") ? text(json.path("title"), "title") : page.title();
        String storage = json.path("body").has("storage") ? storage(json) : page.body();
        Optional<Page> sameTitle = pages.find(page.spaceKey(), title);
        if (sameTitle.isPresent() && sameTitle.get().id() != id) {
            throw new Refused(400, "A page with this title already exists in space " + page.spaceKey());
        }
        if (!lifecycle.update(id, page.version(), title, storage, user.get().username(), PageUpdateTrigger.UNKNOWN)) {
            throw new Refused(409, "Version must be incremented on update. Current version is: "
                    + pages.find(id).map(Page::version).orElse(page.version()));
        }
        send(response, 200, content(request, pages.find(id).orElseThrow(),
                Set.of("body.storage", "ancestors", "space", "version")));
    }

    /**
     * As ContentTrashServiceImpl.validateRestore checks it, in its order: the space's administrators only (403), the
     * body's status "current" (else 404), version.number = the trashed version + 1 (else 400; the version itself does
     * not change), no current page with its title (409). Then PageRestoreEvent.
     */
    private void restore(HttpServletRequest request, HttpServletResponse response, User user, Page page, JsonNode json)
            throws IOException {
        if (!administers(Optional.of(user), page.spaceKey())) {
            throw new Refused(403, "Not permitted to restore content from the trash of space " + page.spaceKey());
        }
        if (!Page.Status.CURRENT.stored().equals(json.path("status").asText())) {
            throw new Refused(404, "Trashed content cannot be updated, you need to restore it first by setting its"
                    + " status to current.");
        }
        JsonNode number = json.path("version").path("number");
        if (!number.canConvertToInt() || number.asInt() != page.version() + 1) {
            throw new Refused(400, "Restoring content " + page.id() + " needs version.number " + (page.version() + 1)
                    + ": its version in the trash is " + page.version());
        }
        if (pages.find(page.spaceKey(), page.title()).isPresent()) {
            throw new Refused(409, "Cannot restore content with id " + page.id() + ": newer Content exists in space "
                    + page.spaceKey() + " with title " + page.title() + ". You must either remove that new content,"
                    + " or update the title of the trashed content before restoring it.");
        }
        if (!lifecycle.restore(page)) {
            throw notFound(page.id());
        }
        send(response, 200, content(request, pages.find(page.id()).orElseThrow(),
                Set.of("body.storage", "ancestors", "space", "version")));
    }

    /**
     * ContentResource.delete: a current page goes to the trash (who may edit the space may do it: the host has no
     * separate "delete pages" permission); {@code ?status=trashed} purges a page from the trash (the space's
     * administrators; a current page is refused with 400). 204 either way. The host keeps no drafts.
     */
    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = requireUser(request);
        long id = idFromPath(request).orElseThrow(() -> new Refused(405, "DELETE needs /rest/api/content/{id}"));
        String status = request.getParameter("status");
        if (Page.Status.TRASHED.stored().equals(status)) {
            purge(user, id);
        } else if ("draft".equals(status)) {
            throw new Refused(404, "No draft found for content with id: " + id + " (this host keeps no drafts)");
        } else if (status != null && !Page.Status.CURRENT.stored().equals(status)) {
            throw new Refused(400, "Specified status for Content DELETE can only be 'current', 'draft' or 'trashed'");
        } else {
            Page page = viewableAnyStatus(id, user).filter(Page::current).orElseThrow(() ->
                    new Refused(404, "Cannot delete content with id '" + id + "': not found."));
            if (!permissions.canEdit(user, page.spaceKey())) {
                throw new Refused(403, "Not permitted to trash content " + id);
            }
            if (!lifecycle.trash(page, user.get())) {
                throw new Refused(404, "Cannot delete content with id '" + id + "': not found.");
            }
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private void purge(Optional<User> user, long id) {
        Page page = viewableAnyStatus(id, user).orElseThrow(() ->
                new Refused(404, "Cannot find content with id '" + id + "'"));
        if (!administers(user, page.spaceKey())) {
            throw new Refused(403, "You do not have permission to purge content from trash in space: " + page.spaceKey());
        }
        if (page.current()) {
            throw new Refused(400, "Trashable Content must be trashed before it can be purged");
        }
        if (!lifecycle.purge(page)) {
            throw new Refused(404, "Cannot find content with id '" + id + "'");
        }
    }

    private boolean administers(Optional<User> user, String spaceKey) {
        return permissions.isConfluenceAdministrator(user) || permissions.has(user, SpacePermission.ADMINISTER, spaceKey);
    }

    /** The page, current or trashed, if the user may view its space: else it does not exist for them. */
    private Optional<Page> viewableAnyStatus(long id, Optional<User> user) {
        return pages.findAnyStatus(id).filter(p -> permissions.canView(user, p.spaceKey()));
    }

    private static Refused notFound(long id) {
        return new Refused(404, "No content found with id: " + id);
    }

    /** The {@code status} parameters (repeatable): current by default, {@code any} for both. */
    private static Set<Page.Status> statuses(HttpServletRequest request) {
        String[] values = request.getParameterValues("status");
        if (values == null) {
            return Set.of(Page.Status.CURRENT);
        }
        Set<Page.Status> statuses = EnumSet.noneOf(Page.Status.class);
        for (String value : values) {
            if ("any".equals(value)) {
                return EnumSet.allOf(Page.Status.class);
            }
            statuses.add(Arrays.stream(Page.Status.values()).filter(s -> s.stored().equals(value)).findFirst()
                    .orElseThrow(() -> new Refused(400, "status must be current, trashed or any on this host: " + value)));
        }
        return statuses;
    }

    private Map<String, Object> content(HttpServletRequest request, Page page, Set<String> expand) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("id", Long.toString(page.id()));
        content.put("type", "page");
        content.put("status", page.status().stored());
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
        return Optional.of(parseId(info.substring(1)).orElseThrow(() -> new Refused(404, "No such resource: " + info)));
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
    private static void requirePageType(JsonNode json) {
        if (!"page".equals(json.path("type").asText("page"))) {
            throw new Refused(400, "This host supports content of type page only");
        }
    }

    private static String storage(JsonNode json) {
        JsonNode storage = json.path("body").path("storage");
        if (!"storage".equals(storage.path("representation").asText("storage"))) {
            throw new Refused(400, "body.storage.representation must be storage");
        }
        String value = text(storage.path("value"), "body.storage.value");
        // As the editor (and Confluence, "Error parsing xhtml"): what is not well-formed is never stored.
        StorageFormat.check(value).ifPresent(problem -> {
            throw new Refused(400, "Error parsing xhtml: body.storage.value is not well-formed storage format: "
                    + problem.describe());
        });
        return value;
    }

    private static String text(JsonNode node, String field) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new Refused(400, field + " is required");
        }
        return node.asText();
    }

    private static String base(HttpServletRequest request) {
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }

}
