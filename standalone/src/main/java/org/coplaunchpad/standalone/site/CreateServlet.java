package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.blueprint.Blueprints;
import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.site.view.CreateView;

/**
 * Confluence's Create dialog as a page ({@code /pages/createpage.action?spaceKey=KEY}): a blank page or one of the
 * app's blueprints (its {@code system.create.dialog/content} web-items), for people who may edit the space. The
 * POST creates and shows the result: a blueprint's first page (create-result="view"), or a blank page's editor.
 */
final class CreateServlet extends FormServlet<Space> {
    static final String PATH = "/pages/createpage.action";
    private static final String BLANK = "blank-page";

    private final Blueprints blueprints;

    CreateServlet(SiteContext site, PageLayout layout, Blueprints blueprints) {
        super(site, layout);
        this.blueprints = blueprints;
    }

    /** What the form shows: the user's choice and title, and why the last submission was refused. */
    private record Draft(String parentId, String choice, String title, String error) {
    }

    @Override
    protected Optional<Space> find(HttpServletRequest request, Optional<User> user) {
        return Optional.ofNullable(request.getParameter("spaceKey")).flatMap(site.spaces()::find)
                .filter(space -> site.permissions().canView(user, space.key()));
    }

    @Override
    protected boolean permitted(Optional<User> user, Space space) {
        return site.permissions().canEdit(user, space.key());
    }

    @Override
    protected void show(HttpServletRequest request, HttpServletResponse response, Space space) throws IOException {
        form(request, response, 200, space, new Draft(parameter(request, "parentPageId"), BLANK, "", ""));
    }

    @Override
    protected void submit(HttpServletRequest request, HttpServletResponse response, User user, Space space)
            throws IOException {
        String choice = parameter(request, "blueprintKey");
        String parentId = parameter(request, "parentPageId");
        if (blueprints.offers(choice)) {
            Blueprints.Creation creation = blueprints.create(choice, space, user, locale());
            if (creation instanceof Blueprints.Created created) {
                Responses.redirect(request, response, "/pages/viewpage.action?pageId=" + created.result().id());
            } else if (creation instanceof Blueprints.TitleTaken taken) {
                // The statuses of Confluence's REST call, whose error the create dialog shows in a flag.
                boolean dialogTitle = taken.check() == Blueprints.Check.DIALOG_TITLE;
                form(request, response, dialogTitle ? 400 : 500, space, new Draft(parentId, choice, "", dialogTitle
                        ? text("blueprint.untitled.exists", taken.spaceKey())
                        : text("blueprint.title.taken", taken.title(), taken.spaceKey())));
            }
            return;
        }
        String title = parameter(request, "title").trim();
        if (!BLANK.equals(choice)) {
            form(request, response, 400, space, new Draft(parentId, choice, title, text("choose.required")));
        } else if (title.isEmpty()) {
            form(request, response, 400, space, new Draft(parentId, choice, title, text("title.required")));
        } else if (site.pages().find(space.key(), title).isPresent()) {
            form(request, response, 400, space, new Draft(parentId, choice, title, text("title.taken")));
        } else {
            // Under the space's home page by default, unless it is in the trash.
            Long parent = page(parentId).filter(p -> p.spaceKey().equals(space.key())).map(Page::id)
                    .or(() -> Optional.ofNullable(space.homePageId()).flatMap(site.pages()::find).map(Page::id))
                    .orElse(null);
            Page page = site.lifecycle().create(space.key(), parent, title, StorageFormat.EMPTY_PAGE, user.username());
            Responses.redirect(request, response, EditPageServlet.PATH + "?pageId=" + page.id());
        }
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, Space space, Draft draft)
            throws IOException {
        String ctx = request.getContextPath();
        List<CreateView.Choice> choices = new ArrayList<>();
        choices.add(choice(BLANK, "", text("blank"), text("blank.desc"), draft.choice()));
        for (Blueprints.Offer offer : blueprints.offers(locale())) {
            choices.add(choice(offer.blueprintKey(), offer.iconPath().map(path -> ctx + path).orElse(""), offer.name(),
                    offer.description(), draft.choice()));
        }
        CreateView view = new CreateView(ctx + PATH, XsrfTokens.token(request), space.key(), draft.parentId(), choices,
                draft.title(), draft.error());
        screen(request, response, status, text("create.heading", space.name()), Optional.of(space), null,
                "create.vm", view);
    }

    private static CreateView.Choice choice(String value, String iconHref, String name, String description,
                                            String chosen) {
        return new CreateView.Choice("create-choice-" + value, value, iconHref, name, description, value.equals(chosen));
    }
}
