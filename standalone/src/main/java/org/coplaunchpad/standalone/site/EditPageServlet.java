package org.coplaunchpad.standalone.site;

import com.atlassian.confluence.pages.PageUpdateTrigger;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.site.editor.MacroBrowser;
import org.coplaunchpad.standalone.site.view.EditorView;

/**
 * Editing a page in storage format ({@code /pages/editpage.action?pageId=N}, saved by a POST to
 * {@code /pages/doeditpage.action}), for people who may edit the space. Saving stores a new version (the previous one
 * stays in the history); text that is not well-formed, or a page someone else saved meanwhile, is refused with the
 * user's text kept in the form.
 */
final class EditPageServlet extends FormServlet<Page> {
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
    protected Optional<Page> find(HttpServletRequest request, Optional<User> user) {
        return page(request.getParameter("pageId")).filter(page -> site.permissions().canView(user, page.spaceKey()));
    }

    @Override
    protected boolean permitted(Optional<User> user, Page page) {
        return site.permissions().canEdit(user, page.spaceKey());
    }

    @Override
    protected void show(HttpServletRequest request, HttpServletResponse response, Page page) throws IOException {
        form(request, response, 200, page, new Draft(page.title(), page.body(), page.version(), ""));
    }

    @Override
    protected void submit(HttpServletRequest request, HttpServletResponse response, User user, Page page)
            throws IOException {
        String title = parameter(request, "title").trim();
        String storage = parameter(request, "content");
        int original = parseVersion(request.getParameter("originalVersion")).orElse(page.version());
        Optional<String> refusal = refusal(page, title, storage, original);
        if (refusal.isEmpty() && site.lifecycle().update(page.id(), original, title, storage, user.username(),
                PageUpdateTrigger.EDIT_PAGE)) {
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

    private void form(HttpServletRequest request, HttpServletResponse response, int status, Page page, Draft draft)
            throws IOException {
        String ctx = request.getContextPath();
        Space space = site.spaces().find(page.spaceKey()).orElseThrow();
        String macroDialog = layout.content(request, "macro-dialog.vm", MacroDialog.view(macroBrowser.forms(locale())));
        EditorView view = new EditorView(ctx + SAVE_PATH, XsrfTokens.token(request), page.id(), draft.originalVersion(),
                draft.title(), draft.storage(), ctx + "/pages/viewpage.action?pageId=" + page.id(), draft.error(),
                macroDialog);
        screen(request, response, status, text("edit.heading", page.title()), Optional.of(space), page.id(),
                "editor.vm", view);
    }

    private static Optional<Integer> parseVersion(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
