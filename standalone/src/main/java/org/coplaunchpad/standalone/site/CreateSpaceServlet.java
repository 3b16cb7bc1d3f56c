package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.coplaunchpad.standalone.site.space.SpaceCreation;
import org.coplaunchpad.standalone.site.view.CreateSpaceView;

/**
 * Creating a space ({@code /spaces/createspace.action}, Confluence administrators): a name and a key, then the new
 * space's permissions screen, where the community's people are granted theirs.
 */
final class CreateSpaceServlet extends FormServlet<SpaceCreation> {
    static final String PATH = "/spaces/createspace.action";

    private final SpaceCreation creation;

    CreateSpaceServlet(SiteContext site, PageLayout layout, SpaceCreation creation) {
        super(site, layout);
        this.creation = creation;
    }

    /** A new space goes among the site's spaces: there is nothing to look up. */
    @Override
    protected Optional<SpaceCreation> find(HttpServletRequest request, Optional<User> user) {
        return Optional.of(creation);
    }

    @Override
    protected boolean permitted(Optional<User> user, SpaceCreation spaces) {
        return site.permissions().isConfluenceAdministrator(user);
    }

    @Override
    protected void show(HttpServletRequest request, HttpServletResponse response, SpaceCreation spaces)
            throws IOException {
        form(request, response, 200, "", "", "");
    }

    @Override
    protected void submit(HttpServletRequest request, HttpServletResponse response, User user, SpaceCreation spaces)
            throws IOException {
        String key = parameter(request, "key");
        String name = parameter(request, "name");
        try {
            Space space = spaces.create(key, name, user);
            Responses.redirect(request, response, SpacePermissionsServlet.PATH + "?key=" + StorageLinks.encode(space.key()));
        } catch (SpaceCreation.Refused e) {
            form(request, response, 400, key, name, text(e.reason()));
        }
    }

    private void form(HttpServletRequest request, HttpServletResponse response, int status, String key, String name,
                      String error) throws IOException {
        CreateSpaceView view = new CreateSpaceView(request.getContextPath() + PATH, XsrfTokens.token(request), name, key,
                error);
        screen(request, response, status, text("create.space"), Optional.empty(), null, "create-space.vm", view);
    }
}
