package org.coplaunchpad.access;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.coplaunchpad.answers.StoreUnavailableException;

/**
 * The base class of every servlet of the app: every request goes through the {@link Guard} with what the endpoint
 * declares, then to {@link #handle}. The entry points are final, so that no endpoint can answer before the guard
 * or skip a check. A store that cannot be reached answers 503 with a short message in the viewer's language.
 * Each concrete servlet still carries its own Confluence security annotation (@LicensedOnly, @AdminOnly).
 */
public abstract class GuardedServlet extends HttpServlet {
    private final Guard guard;
    private final Endpoint endpoint;

    protected GuardedServlet(Guard guard, Endpoint endpoint) {
        this.guard = guard;
        this.endpoint = endpoint;
    }

    /** Handles a request the guard let through. */
    protected abstract void handle(Granted granted, HttpServletRequest request, HttpServletResponse response)
            throws IOException;

    @Override
    public final void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
        super.service(request, response);
    }

    @Override
    protected final void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Granted> granted = guard.admit(endpoint, request, response);
        if (granted.isEmpty()) {
            return;
        }
        try {
            handle(granted.get(), request, response);
        } catch (StoreUnavailableException e) {
            guard.unavailable(endpoint, response, granted.get().texts());
        }
    }

    // HttpServlet's per-method entry points are never reached (service does not dispatch to them); final so that
    // no endpoint can add one that looks reachable.

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        service(request, response);
    }

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        service(request, response);
    }

    @Override
    protected final void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        service(request, response);
    }

    @Override
    protected final void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        service(request, response);
    }

    @Override
    protected final void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        service(request, response);
    }

    @Override
    protected final void doOptions(HttpServletRequest request, HttpServletResponse response) throws IOException {
        service(request, response);
    }

    @Override
    protected final void doTrace(HttpServletRequest request, HttpServletResponse response) throws IOException {
        service(request, response);
    }
}
