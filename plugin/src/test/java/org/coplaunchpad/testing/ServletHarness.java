package org.coplaunchpad.testing;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.Servlet;
import java.net.URI;
import java.util.Map;
import org.coplaunchpad.access.Guard;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The one way unit tests call the app's servlets: the real {@link Guard} over the Confluence fixture (the XSRF
 * token valid, WebSudo given and the login page at {@link #LOGIN} unless a test says otherwise), Spring's mock
 * request and response.
 */
public final class ServletHarness {
    public static final String LOGIN = "/login.action?os_destination=x";
    public static final String CONTEXT_PATH = "/confluence";

    public final XsrfTokenValidator xsrf = mock(XsrfTokenValidator.class);
    public final WebSudoManager webSudo = mock(WebSudoManager.class);
    public final LoginUriProvider loginUriProvider = mock(LoginUriProvider.class);
    public final Guard guard;

    public ServletHarness(ConfluenceFixture confluence, MacroHarness macros) {
        when(xsrf.validateFormEncodedToken(any())).thenReturn(true);
        when(webSudo.canExecuteRequest(any())).thenReturn(true);
        when(loginUriProvider.getLoginUri(any())).thenReturn(URI.create(LOGIN));
        guard = new Guard(confluence.accessPolicy, macros.viewerTexts, macros.templates, confluence.spaceManager, xsrf,
                webSudo, loginUriProvider);
    }

    /** Calls the servlet as the container does, with form parameters, and returns what it answered. */
    public static MockHttpServletResponse call(Servlet servlet, String method, Map<String, String> parameters)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/confluence/plugins/servlet/cop-launchpad/x");
        request.setContextPath(CONTEXT_PATH);
        parameters.forEach(request::addParameter);
        MockHttpServletResponse response = new MockHttpServletResponse();
        servlet.service(request, response);
        return response;
    }
}
