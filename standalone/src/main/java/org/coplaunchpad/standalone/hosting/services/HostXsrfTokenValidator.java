package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;

/** SAL XsrfTokenValidator: the atl_token form parameter must match the session's token (the page's meta tag). */
public final class HostXsrfTokenValidator implements XsrfTokenValidator {
    @Override
    public boolean validateFormEncodedToken(HttpServletRequest request) {
        return XsrfTokens.validFormToken(request);
    }
}
