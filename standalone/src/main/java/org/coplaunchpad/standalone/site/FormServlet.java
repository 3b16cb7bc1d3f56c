package org.coplaunchpad.standalone.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.standalone.data.User;

/**
 * The one skeleton of the site's form screens (Create, the editor, Create space, Space permissions), in the order
 * Confluence's actions check: an anonymous visitor goes to the login page; a POST without the session's atl_token
 * is refused (403); what the request names is found, else 404 (also when the user may not see it, as Confluence
 * hides it); the user may use the screen on it, else 403. Then GET shows the form, and POST submits it: a screen
 * redirects when it is done, or shows its form again with the error and the user's input.
 *
 * @param <T> what the form works on: a space, a page, or the site's spaces for Create space
 */
abstract class FormServlet<T> extends ComposeServlet {
    FormServlet(SiteContext site, PageLayout layout) {
        super(site, layout);
    }

    /** What the request names, if it exists and the user may see it. */
    protected abstract Optional<T> find(HttpServletRequest request, Optional<User> user);

    /** Whether the user may use this screen on what the request names. */
    protected abstract boolean permitted(Optional<User> user, T subject);

    /** GET: the form as it starts. */
    protected abstract void show(HttpServletRequest request, HttpServletResponse response, T subject)
            throws IOException;

    /** POST, token checked: do what the form asks, then redirect, or show the form again with why it was refused. */
    protected abstract void submit(HttpServletRequest request, HttpServletResponse response, User user, T subject)
            throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean submitted) throws IOException {
        Optional<User> user = userOrLogin(request, response);
        if (user.isEmpty() || submitted && !validToken(request, response)) {
            return;
        }
        Optional<T> subject = find(request, user);
        if (subject.isEmpty()) {
            notFound(request, response);
        } else if (!permitted(user, subject.get())) {
            notPermitted(request, response);
        } else if (submitted) {
            submit(request, response, user.get(), subject.get());
        } else {
            show(request, response, subject.get());
        }
    }

    /** A request parameter as the user typed it; empty when absent. */
    protected static String parameter(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name)).orElse("");
    }
}
