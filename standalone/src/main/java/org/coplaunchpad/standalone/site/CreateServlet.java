package org.coplaunchpad.standalone.site;

import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.blueprint.Blueprints;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;

/**
 * Confluence's Create dialog as a page ({@code /pages/createpage.action?spaceKey=KEY}): a blank page or one of the
 * app's blueprints (its {@code system.create.dialog/content} web-items), for people who may edit the space. The
 * POST creates and shows the result: a blueprint's first page (create-result="view"), or a blank page's editor.
 */
final class CreateServlet extends ComposeServlet {
    static final String PATH = "/pages/createpage.action";
    private static final String BLANK = "blank-page";

    private final Blueprints blueprints;

    CreateServlet(SiteContext site, PageLayout layout, Blueprints blueprints) {
        super(site, layout);
        this.blueprints = blueprints;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty()) {
            return;
        }
        Optional<Space> space = editableSpace(request, response, user);
        if (space.isPresent()) {
            form(request, response, space.get(), 200, request.getParameter("parentPageId"), BLANK, "", "");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty() || !validToken(request, response)) {
            return;
        }
        Optional<Space> found = editableSpace(request, response, user);
        if (found.isEmpty()) {
            return;
        }
        Space space = found.get();
        String choice = Optional.ofNullable(request.getParameter("blueprintKey")).orElse("");
        String parentId = request.getParameter("parentPageId");
        if (blueprints.offers(choice)) {
            Blueprints.Creation creation = blueprints.create(choice, space, user.get(), locale());
            if (creation instanceof Blueprints.Created created) {
                Responses.redirect(request, response, "/pages/viewpage.action?pageId=" + created.result().id());
            } else if (creation instanceof Blueprints.TitleTaken taken) {
                // The statuses of Confluence's REST call, whose error the create dialog shows in a flag.
                boolean dialogTitle = taken.check() == Blueprints.Check.DIALOG_TITLE;
                form(request, response, space, dialogTitle ? 400 : 500, parentId, choice, "", dialogTitle
                        ? text("blueprint.untitled.exists", taken.spaceKey())
                        : text("blueprint.title.taken", taken.title(), taken.spaceKey()));
            }
            return;
        }
        String title = Optional.ofNullable(request.getParameter("title")).orElse("").trim();
        if (!BLANK.equals(choice)) {
            form(request, response, space, 400, parentId, choice, title, text("choose.required"));
        } else if (title.isEmpty()) {
            form(request, response, space, 400, parentId, choice, title, text("title.required"));
        } else if (site.pages().find(space.key(), title).isPresent()) {
            form(request, response, space, 400, parentId, choice, title, text("title.taken"));
        } else {
            Long parent = page(parentId).filter(p -> p.spaceKey().equals(space.key())).map(Page::id)
                    .orElse(space.homePageId());
            Page page = site.pages().create(space.key(), parent, title, StorageFormat.EMPTY_PAGE, user.get().username());
            Responses.redirect(request, response, EditPageServlet.PATH + "?pageId=" + page.id());
        }
    }

    private Optional<Space> editableSpace(HttpServletRequest request, HttpServletResponse response,
                                          Optional<User> user) throws IOException {
        Optional<Space> space = Optional.ofNullable(request.getParameter("spaceKey")).flatMap(site.spaces()::find)
                .filter(s -> site.permissions().canView(user, s.key()));
        if (space.isEmpty()) {
            notFound(request, response);
            return Optional.empty();
        }
        if (!site.permissions().canEdit(user, space.get().key())) {
            notPermitted(request, response);
            return Optional.empty();
        }
        return space;
    }

    private void form(HttpServletRequest request, HttpServletResponse response, Space space, int status,
                      String parentId, String choice, String title, String error) throws IOException {
        String ctx = request.getContextPath();
        StringBuilder html = new StringBuilder("<link rel=\"stylesheet\" href=\"" + ctx + "/s/host/editor.css\">");
        if (!error.isEmpty()) {
            html.append(error("create-error", error));
        }
        html.append("<form id=\"create-dialog\" class=\"aui host-create\" method=\"post\" action=\"").append(ctx)
                .append(PATH).append("\">").append(hidden(XsrfTokens.PARAMETER, XsrfTokens.token(request)))
                .append(hidden("spaceKey", space.key()))
                .append(hidden("parentPageId", parentId == null ? "" : parentId))
                .append("<fieldset><legend>").append(escape(text("create.choose"))).append("</legend>")
                .append("<ul class=\"host-create-choices\">");
        choice(html, BLANK, "", text("blank"), text("blank.desc"), choice);
        for (Blueprints.Offer offer : blueprints.offers(locale())) {
            choice(html, offer.blueprintKey(), offer.iconPath().map(path -> ctx + path).orElse(""), offer.name(),
                    offer.description(), choice);
        }
        html.append("</ul></fieldset><div class=\"field-group\"><label for=\"create-title\">").append(escape(text("title")))
                .append("</label><input class=\"text long-field\" type=\"text\" id=\"create-title\" name=\"title\" value=\"")
                .append(escape(title)).append("\"></div><div class=\"buttons-container\"><div class=\"buttons\">")
                .append("<button type=\"submit\" id=\"create-dialog-submit\" class=\"aui-button aui-button-primary\">")
                .append(escape(text("create"))).append("</button></div></div></form>");
        inSpace(request, response, status, text("create.heading", space.name()), space, null, html.toString());
    }

    private static void choice(StringBuilder html, String value, String icon, String name, String description,
                               String selected) {
        String id = "create-choice-" + value;
        html.append("<li class=\"host-create-choice\"><input type=\"radio\" name=\"blueprintKey\" id=\"").append(escape(id))
                .append("\" value=\"").append(escape(value)).append("\"").append(value.equals(selected) ? " checked" : "")
                .append("><label for=\"").append(escape(id)).append("\">");
        if (!icon.isEmpty()) {
            html.append("<img src=\"").append(escape(icon)).append("\" alt=\"\" width=\"24\" height=\"24\"> ");
        }
        html.append("<strong>").append(escape(name)).append("</strong> <span class=\"description\">")
                .append(escape(description)).append("</span></label></li>");
    }
}
