package org.coplaunchpad.dashboard;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.App;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.LaunchSettingsStore;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.dashboard.DashboardViews.DashboardView;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;
import org.coplaunchpad.web.PageResponses;

/**
 * {@code /plugins/servlet/cop-launchpad/dashboard?spaceKey=KEY}: a space's launch dashboard for its administrators
 * and Confluence administrators. GET shows it ({@code &format=csv} downloads its figures); POST saves the space's
 * thresholds (XSRF-checked) and redirects back.
 */
@LicensedOnly
public class LaunchDashboardServlet extends HttpServlet {
    static final String TEMPLATE = "templates/dashboard.vm";
    static final String WEB_RESOURCE = App.moduleKey("dashboard-resources");
    private static final String K = "cop-launchpad.dashboard.";

    private final DashboardService dashboardService;
    private final LaunchSettingsStore settings;
    private final AccessPolicy accessPolicy;
    private final ViewerTexts viewerTexts;
    private final MacroTemplates templates;
    private final SpaceManager spaceManager;
    private final LoginUriProvider loginUriProvider;
    private final XsrfTokenValidator xsrfTokenValidator;
    private final XsrfTokenAccessor xsrfTokenAccessor;
    private final PageBuilderService pageBuilderService;

    public LaunchDashboardServlet(DashboardService dashboardService, LaunchSettingsStore settings, AccessPolicy accessPolicy,
                                  ViewerTexts viewerTexts, MacroTemplates templates,
                                  @ComponentImport SpaceManager spaceManager,
                                  @ComponentImport LoginUriProvider loginUriProvider,
                                  @ComponentImport XsrfTokenValidator xsrfTokenValidator,
                                  @ComponentImport XsrfTokenAccessor xsrfTokenAccessor,
                                  @ComponentImport PageBuilderService pageBuilderService) {
        this.dashboardService = dashboardService;
        this.settings = settings;
        this.accessPolicy = accessPolicy;
        this.viewerTexts = viewerTexts;
        this.templates = templates;
        this.spaceManager = spaceManager;
        this.loginUriProvider = loginUriProvider;
        this.xsrfTokenValidator = xsrfTokenValidator;
        this.xsrfTokenAccessor = xsrfTokenAccessor;
        this.pageBuilderService = pageBuilderService;
    }

    /** The space the request is about, once the viewer is known to administer it; empty when a response was sent. */
    private Optional<Space> authorisedSpace(HttpServletRequest request, HttpServletResponse response, Texts texts)
            throws IOException {
        Viewer viewer = accessPolicy.viewer();
        if (viewer.isAnonymous()) {
            PageResponses.redirectToLogin(request, response, loginUriProvider);
            return Optional.empty();
        }
        String spaceKey = request.getParameter("spaceKey");
        if (spaceKey == null || spaceKey.isBlank()) {
            PageResponses.error(response, templates, 400, texts.get(K + "error.title"), texts.get(K + "error.space-key"));
            return Optional.empty();
        }
        Space space = spaceManager.getSpace(spaceKey.trim());
        if (space == null) {
            PageResponses.error(response, templates, 404, texts.get(K + "error.title"),
                    texts.get("cop-launchpad.answers.error.no-space", spaceKey.trim()));
            return Optional.empty();
        }
        if (!accessPolicy.mayAdministerSpace(viewer, space)) {
            PageResponses.error(response, templates, 403, texts.get(K + "error.title"), texts.get(K + "error.forbidden"));
            return Optional.empty();
        }
        return Optional.of(space);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = viewerTexts.current();
        Optional<Space> space = authorisedSpace(request, response, texts);
        if (space.isPresent()) {
            show(request, response, space.get(), Optional.empty(), texts);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = viewerTexts.current();
        Optional<Space> space = authorisedSpace(request, response, texts);
        if (space.isEmpty()) {
            return;
        }
        if (!xsrfTokenValidator.validateFormEncodedToken(request)) {
            PageResponses.error(response, templates, 403, texts.get(K + "error.title"),
                    texts.get("cop-launchpad.answers.error.token"));
            return;
        }
        String majority = request.getParameter("majority");
        String readiness = request.getParameter("readiness");
        Optional<LaunchThresholds> thresholds = LaunchThresholds.parse(majority, readiness);
        if (thresholds.isEmpty()) {
            // Shown again with what was typed, so nothing is lost.
            show(request, response, space.get(), Optional.of(new DashboardService.FormState(
                    majority == null ? "" : majority, readiness == null ? "" : readiness,
                    texts.get(K + "error.thresholds"))), texts);
            return;
        }
        settings.saveThresholds(space.get().getKey(), thresholds.get(), accessPolicy.viewer().key());
        response.sendRedirect(request.getContextPath() + DashboardService.DASHBOARD_PATH + "?spaceKey="
                + URLEncoder.encode(space.get().getKey(), StandardCharsets.UTF_8) + "&saved=true");
    }

    private void show(HttpServletRequest request, HttpServletResponse response, Space space,
                      Optional<DashboardService.FormState> rejected, Texts texts) throws IOException {
        DashboardView view = dashboardService.spaceDashboard(space, request.getContextPath(),
                xsrfTokenAccessor.getXsrfToken(request, response, true), "true".equals(request.getParameter("saved")),
                rejected, texts);
        if ("csv".equals(request.getParameter("format"))) {
            PageResponses.csv(response, CsvExport.fileName(space.getKey()), CsvExport.space(view));
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        PageResponses.html(response, rejected.isPresent() ? 400 : 200, templates.render(TEMPLATE, Map.of("dashboard", view)));
    }
}
