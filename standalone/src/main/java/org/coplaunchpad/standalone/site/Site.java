package org.coplaunchpad.standalone.site;

import com.atlassian.sal.api.message.I18nResolver;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.coplaunchpad.standalone.hosting.blueprint.Blueprints;
import org.coplaunchpad.standalone.hosting.security.ServletAccessCheck;
import org.coplaunchpad.standalone.site.editor.MacroBrowser;
import org.coplaunchpad.standalone.site.login.SiteSecurity;
import org.coplaunchpad.standalone.hosting.osgi.InstalledApp;
import org.coplaunchpad.standalone.site.space.SpaceCreation;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/** Jetty serving the site at /confluence, with the app's servlets under /confluence/plugins/servlet/. */
public final class Site implements AutoCloseable {
    private final Server server;

    private Site(Server server) {
        this.server = server;
    }

    /** Starts on 127.0.0.1 (a demo and test host: not reachable from other machines); port 0 picks a free one. */
    public static Site start(SiteContext site, Blueprints blueprints, int port) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(SiteContext.CONTEXT_PATH);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSessionCookie("JSESSIONID");
        context.setDefaultRequestCharacterEncoding(StandardCharsets.UTF_8.name());

        InstalledApp app = site.app();
        PageLayout layout = new PageLayout(site, new WebItems(app.bundle(), app.descriptor(), site.permissions(),
                app.services().get(I18nResolver.class)));
        context.setErrorHandler(new HostErrorHandler(layout.templates()));
        LoginServlet login = new LoginServlet(layout);
        // Spring Security: the session's or HTTP Basic's user, the form login, logout; then the host's RequestUser.
        SiteSecurity security = new SiteSecurity(site.users(), login, login);
        context.addFilter(new FilterHolder(security.filter()), "/*", EnumSet.of(DispatcherType.REQUEST));

        PageServlet pages = new PageServlet(site, layout);
        add(context, pages, "", "/dashboard.action", "/display/*", "/pages/viewpage.action");
        add(context, login, "/login.action", SiteSecurity.LOGIN_PROCESSING_PATH);
        add(context, new LogoutServlet(layout), SiteSecurity.LOGOUT_PATH);
        add(context, new LocaleServlet(site.users()), "/users/locale");
        add(context, new WebSudoServlet(security.authenticationManager(), layout), "/authenticate.action");
        add(context, new ManageAppsServlet(site, layout, app.services().get(I18nResolver.class)), ManageAppsServlet.PATH);
        add(context, new UserAdministrationServlet(site, layout), UserAdministrationServlet.BROWSE_PATH,
                UserAdministrationServlet.REMOVE_PATH, UserAdministrationServlet.DO_REMOVE_PATH);
        add(context, new RestContentServlet(site.pages(), site.lifecycle(), site.spaces(), site.permissions()),
                "/rest/api/content", "/rest/api/content/*");
        // Composing: the Create dialog with the app's blueprints, the storage-format editor, page history, spaces.
        MacroBrowser macroBrowser = new MacroBrowser(app.descriptor().xml(), app.services().get(I18nResolver.class),
                name -> app.macro(name).map(macro -> app.call(macro::getBodyType)));
        SpaceCreation spaceCreation = new SpaceCreation(site.spaces(), site.lifecycle());
        add(context, new CreateServlet(site, layout, blueprints), CreateServlet.PATH);
        add(context, new EditPageServlet(site, layout, macroBrowser), EditPageServlet.PATH, EditPageServlet.SAVE_PATH);
        add(context, new PageHistoryServlet(site, layout), PageHistoryServlet.PATH);
        add(context, new CreateSpaceServlet(site, layout, spaceCreation), CreateSpaceServlet.PATH);
        add(context, new SpacePermissionsServlet(site, layout), SpacePermissionsServlet.PATH);
        add(context, new RestSpaceServlet(site, spaceCreation), "/rest/api/space", "/rest/api/space/*");
        add(context, new DownloadResourceServlet(app.bundle(), app.descriptor()), "/download/resources/*");
        StaticFiles.mount(context, site.auiDirectory());
        for (InstalledApp.PluginServlet servlet : app.servlets()) {
            ServletHolder holder = new ServletHolder(servlet.module().key(),
                    new AppServlet(app, servlet.servlet(), new ServletAccessCheck(servlet.servlet().getClass(),
                            site.permissions()), new Decorator(layout)));
            servlet.module().initParams().forEach(holder::setInitParameter);
            for (String pattern : servlet.module().urlPatterns()) {
                context.addServlet(holder, "/plugins/servlet" + pattern);
            }
        }

        ContextHandlerCollection handlers = new ContextHandlerCollection();
        handlers.addHandler(context);
        handlers.addHandler(rootRedirect());
        server.setHandler(handlers);
        server.setStopAtShutdown(false);
        server.start();
        return new Site(server);
    }

    private static void add(ServletContextHandler context, HttpServlet servlet, String... paths) {
        ServletHolder holder = new ServletHolder(servlet);
        for (String path : paths) {
            context.addServlet(holder, path);
        }
    }

    /** http://localhost:PORT/ → /confluence/, as a Confluence behind a context path does. */
    private static Handler rootRedirect() {
        ServletContextHandler root = new ServletContextHandler();
        root.setContextPath("/");
        root.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                resp.sendRedirect(SiteContext.CONTEXT_PATH + "/");
            }
        }), "");
        return root;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port() + SiteContext.CONTEXT_PATH);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /**
     * Calls the app's servlet, once its security annotation admits the request (Confluence 9+), with the app's class
     * loader as context class loader, as Confluence does, and decorates its page when it asks for a decorator.
     */
    private static final class AppServlet extends HttpServlet {
        private final InstalledApp app;
        private final HttpServlet delegate;
        private final ServletAccessCheck access;
        private final Decorator decorator;

        AppServlet(InstalledApp app, HttpServlet delegate, ServletAccessCheck access, Decorator decorator) {
            this.app = app;
            this.delegate = delegate;
            this.access = access;
            this.decorator = decorator;
        }

        @Override
        public void init() throws ServletException {
            try {
                app.call(() -> {
                    try {
                        delegate.init(getServletConfig());
                    } catch (ServletException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                });
            } catch (IllegalStateException e) {
                if (e.getCause() instanceof ServletException se) {
                    throw se;
                }
                throw e;
            }
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
            if (!access.admit(req, resp)) {
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(app.bundle().classLoader());
            Decorator.BufferedResponse buffered = new Decorator.BufferedResponse(resp);
            try {
                delegate.service(req, buffered);
            } finally {
                thread.setContextClassLoader(previous);
            }
            decorator.send(req, resp, buffered);
        }

        @Override
        public void destroy() {
            delegate.destroy();
        }
    }
}
