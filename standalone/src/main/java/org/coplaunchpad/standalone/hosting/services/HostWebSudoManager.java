package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.sal.api.websudo.WebSudoManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coplaunchpad.standalone.hosting.security.WebSudo;

/**
 * SAL WebSudoManager: a request may use an administrative function when its session re-entered the password on
 * /authenticate.action within the last {@link WebSudo#DURATION}; otherwise it is sent there, and back afterwards.
 */
public final class HostWebSudoManager implements WebSudoManager {
    @Override
    public boolean canExecuteRequest(HttpServletRequest request) {
        return WebSudo.active(request);
    }

    @Override
    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
        WebSudo.requireAuthentication(request, response);
    }
}
