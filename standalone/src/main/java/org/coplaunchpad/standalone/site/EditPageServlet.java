package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.site.editor.MacroBrowser;
import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;

/**
 * Editing a page in storage format ({@code /pages/editpage.action?pageId=N}, saved by a POST to
 * {@code /pages/doeditpage.action}), for people who may edit the space. Saving stores a new version (the previous one
 * stays in the history); text that is not well-formed, or a page someone else saved meanwhile, is refused with the
 * user's text kept in the form.
 */
final class EditPageServlet extends ComposeServlet {
    static final String PATH = "/pages/editpage.action";
    static final String SAVE_PATH = "/pages/doeditpage.action";

    private final MacroBrowser macroBrowser;

    EditPageServlet(SiteContext site, PageLayout layout, MacroBrowser macroBrowser) {
        super(site, layout);
        this.macroBrowser = macroBrowser;
    }

    /** What the form shows: the user's title and text, the version they started from, and why it was refused. */
    private record Draft(String title, String storage, int originalVersion, String error) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty()) {
            return;
        }
        Optional<Page> page = editable(request, response, user);
        if (page.isPresent()) {
            form(request, response, 200, page.get(), new Draft(page.get().title(), page.get().body(),
                    page.get().version(), ""));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty() || !validToken(request, response)) {
            return;
        }
        Optional<Page> found = editable(request, response, user);
        if (found.isEmpty()) {
            return;
        }
        Page page = found.get();
        String title = Optional.ofNullable(request.getParameter("title")).orElse("").trim();
        String storage = Optional.ofNullable(request.getParameter("content")).orElse("");
        int original = parseVersion(request.getParameter("originalVersion")).orElse(page.version());
        Optional<String> refusal = refusal(page, title, storage, original);
        if (refusal.isEmpty() && site.pages().update(page.id(), original, title, storage, user.get().username())) {
            Responses.redirect(request, response, "/pages/viewpage.action?pageId=" + page.id());
            return;
        }
        String error = refusal.orElseGet(() -> text("version.conflict",
                site.pages().find(page.id()).map(Page::version).orElse(page.version())));
        int status = refusal.isPresent() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_CONFLICT;
        form(request, response, status, page, new Draft(title, storage, original, error));
    }

    private Optional<String> refusal(Page page, String title, String storage, int original) {
        if (title.isEmpty()) {
            return Optional.of(text("title.required"));
        }
        Optional<Page> sameTitle = site.pages().find(page.spaceKey(), title);
        if (sameTitle.isPresent() && sameTitle.get().id() != page.id()) {
            return Optional.of(text("title.taken"));
        }
        Optional<StorageFormat.Problem> problem = StorageFormat.check(storage);
        // A stale originalVersion is not refused here: the store's update finds it, and it answers 409.
        return problem.map(p -> text("storage.invalid", p.describe()));
    }

    private Optional<Page> editable(HttpServletRequest request, HttpServletResponse response, Optional<User> user)
            throws IOException {
        Optional<Page> page = page(request.getParameter("pageId"))
                .filter(p -> site.permissions().canView(user, p.spaceKey()));
        if (page.isEmpty()) {
            notFound(request, response);
            return Optional.empty();
        }
        if (!site.permissions().canEdit(user, page.get().spaceKey())) {
            notPermitted(request, response);
            return Optional.empty();
        }
        return page;
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, Page page, Draft draft)
            throws IOException {
        String ctx = request.getContextPath();
        Space space = site.spaces().find(page.spaceKey()).orElseThrow();
        StringBuilder html = new StringBuilder();
        html.append("<link rel=\"stylesheet\" href=\"").append(ctx).append("/s/host/editor.css\">");
        if (!draft.error().isEmpty()) {
            html.append(error("editor-error", draft.error()));
        }
        html.append("<form id=\"editpageform\" class=\"aui host-editor\" method=\"post\" action=\"").append(ctx)
                .append(SAVE_PATH).append("\">").append(hidden(XsrfTokens.PARAMETER, XsrfTokens.token(request)))
                .append(hidden("pageId", Long.toString(page.id())))
                .append(hidden("originalVersion", Integer.toString(draft.originalVersion())))
                .append("<div class=\"field-group\"><label for=\"content-title\">").append(escape(text("title")))
                .append("</label><input class=\"text long-field\" type=\"text\" id=\"content-title\" name=\"title\" value=\"")
                .append(escape(draft.title())).append("\"></div>")
                .append("<div class=\"host-editor-toolbar\"><button type=\"button\" id=\"insert-macro-button\"")
                .append(" class=\"aui-button\">").append(escape(text("insert.macro"))).append("</button></div>")
                .append("<div class=\"field-group host-editor-body\"><label for=\"storage-editor\">")
                .append(escape(text("storage"))).append("</label><textarea id=\"storage-editor\" name=\"content\"")
                .append(" class=\"textarea\" rows=\"24\" spellcheck=\"false\">").append(escape(draft.storage()))
                .append("</textarea></div><div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button type=\"submit\" id=\"rte-button-publish\" class=\"aui-button aui-button-primary\">")
                .append(escape(text("save"))).append("</button> <a id=\"rte-button-cancel\" class=\"aui-button aui-button-link\" href=\"")
                .append(ctx).append("/pages/viewpage.action?pageId=").append(page.id()).append("\">")
                .append(escape(text("cancel"))).append("</a></div></div></form>");
        MacroDialog.append(html, macroBrowser.forms(locale()), text("insert.macro"), text("macro"), text("insert"),
                text("cancel"));
        html.append("<script src=\"").append(ctx).append("/s/host/editor.js\" defer></script>");
        inSpace(request, response, status, text("edit.heading", page.title()), space, page.id(), html.toString());
    }

    private static Optional<Integer> parseVersion(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
