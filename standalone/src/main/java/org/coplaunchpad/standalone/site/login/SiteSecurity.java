package org.coplaunchpad.standalone.site.login;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import java.util.List;
import org.coplaunchpad.standalone.data.Passwords;
import org.coplaunchpad.standalone.data.UserStore;
import org.coplaunchpad.standalone.hosting.security.XsrfTokens;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The site's login and sessions, done by Spring Security under Confluence's (Seraph's) names: the form posts
 * {@code os_username}/{@code os_password} to {@code /dologin.action}, scripts send HTTP Basic (realm "Confluence"),
 * {@code /logout.action} logs out on a POST with the session's {@code atl_token}. The filters are constructed here
 * one by one, in the order they run, because Spring Security's configuration DSL needs a web application context
 * the host does not have. What the login form answers (where to go, the form again) is the site's
 * ({@code LoginServlet}); who is signed in is then handed to the host's rooms by {@link SignedInUserFilter}.
 */
public final class SiteSecurity {
    public static final String LOGIN_PROCESSING_PATH = "/dologin.action";
    public static final String LOGOUT_PATH = "/logout.action";
    private static final String LOGGED_OUT_PAGE = "/login.action?logout=true";

    private final AuthenticationManager authenticationManager;
    private final FilterChainProxy filter;

    /**
     * @param loggedIn     what a successful form login answers (Seraph's reason, the redirect to os_destination)
     * @param loginRefused what a refused one answers (the form again, Seraph's reason)
     */
    public SiteSecurity(UserStore users, AuthenticationSuccessHandler loggedIn,
                        AuthenticationFailureHandler loginRefused) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(username -> userDetails(users, username));
        passwords.setPasswordEncoder(new Passwords());
        this.authenticationManager = new ProviderManager(passwords);
        SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        this.filter = new FilterChainProxy(new DefaultSecurityFilterChain(AnyRequestMatcher.INSTANCE,
                new SecurityContextHolderFilter(sessions),
                logout(sessions),
                httpBasic(authenticationManager),
                // Before the form login, so that the form shown again after a refusal has its visitor and language.
                new SignedInUserFilter(users),
                formLogin(authenticationManager, sessions, loggedIn, loginRefused)));
        filter.afterPropertiesSet();
    }

    /** The one filter Jetty runs for every request of the site. */
    public Filter filter() {
        return filter;
    }

    /** Checks a user's password as the login does (WebSudo's re-confirmation uses it). */
    public AuthenticationManager authenticationManager() {
        return authenticationManager;
    }

    private static UserDetails userDetails(UserStore users, String username) {
        return users.find(username)
                .flatMap(user -> users.passwordHash(user.username())
                        .map(hash -> User.withUsername(user.username()).password(hash).authorities(List.of()).build()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    private static LogoutFilter logout(SecurityContextRepository sessions) {
        SimpleUrlLogoutSuccessHandler toLoginPage = new SimpleUrlLogoutSuccessHandler();
        toLoginPage.setDefaultTargetUrl(LOGGED_OUT_PAGE);
        toLoginPage.setAlwaysUseDefaultTargetUrl(true);
        SecurityContextLogoutHandler endSession = new SecurityContextLogoutHandler();
        endSession.setSecurityContextRepository(sessions);
        LogoutFilter logout = new LogoutFilter(toLoginPage, endSession);
        // Without a valid token the request goes on to LogoutServlet, which asks for confirmation as Confluence does.
        logout.setLogoutRequestMatcher(new AndRequestMatcher(post(LOGOUT_PATH), XsrfTokens::validFormToken));
        return logout;
    }

    private static BasicAuthenticationFilter httpBasic(AuthenticationManager authenticationManager) {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Confluence");
        return new BasicAuthenticationFilter(authenticationManager, (request, response, refused) -> {
            rethrowIfTheStoreFailed(refused);
            response.setHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED");
            challenge.commence(request, response, refused);
        });
    }

    private static UsernamePasswordAuthenticationFilter formLogin(AuthenticationManager authenticationManager,
            SecurityContextRepository sessions, AuthenticationSuccessHandler loggedIn,
            AuthenticationFailureHandler loginRefused) {
        UsernamePasswordAuthenticationFilter login = new UsernamePasswordAuthenticationFilter(authenticationManager);
        login.setRequiresAuthenticationRequestMatcher(post(LOGIN_PROCESSING_PATH));
        login.setUsernameParameter("os_username");
        login.setPasswordParameter("os_password");
        login.setSecurityContextRepository(sessions);
        login.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy()); // no session fixation
        login.setAuthenticationSuccessHandler(loggedIn);
        login.setAuthenticationFailureHandler((request, response, refused) -> {
            rethrowIfTheStoreFailed(refused);
            loginRefused.onAuthenticationFailure(request, response, refused);
        });
        return login;
    }

    /** A database that cannot answer gets the site's error page, as on any page, rather than "wrong password". */
    private static void rethrowIfTheStoreFailed(AuthenticationException refused) throws ServletException {
        if (refused instanceof InternalAuthenticationServiceException) {
            if (refused.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new ServletException(refused.getCause());
        }
    }

    private static RequestMatcher post(String path) {
        return PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, path);
    }
}
