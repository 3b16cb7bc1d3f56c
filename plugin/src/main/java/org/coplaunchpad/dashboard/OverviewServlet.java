package org.coplaunchpad.dashboard;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.OverviewSort;
import org.coplaunchpad.dashboard.DashboardViews.OverviewView;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;
import org.coplaunchpad.web.PageResponses;

/**
 * {@code /plugins/servlet/cop-launchpad/overview}: every community of the institution at once, for Confluence
 * administrators, behind WebSudo. {@code ?sort=space|respondents|activity&dir=asc|desc&page=N}; {@code &format=csv}
 * downloads every row.
 */
@AdminOnly
public class OverviewServlet extends HttpServlet {
    static final String TEMPLATE = "templates/overview.vm";
    static final int PAGE_SIZE = 25;
    private static final String K = "cop-launchpad.dashboard.";

    private final DashboardService dashboardService;
    private final AccessPolicy accessPolicy;
    private final ViewerTexts viewerTexts;
    private final MacroTemplates templates;
    private final LoginUriProvider loginUriProvider;
    private final WebSudoManager webSudoManager;
    private final PageBuilderService pageBuilderService;

    public OverviewServlet(DashboardService dashboardService, AccessPolicy accessPolicy, ViewerTexts viewerTexts,
                           MacroTemplates templates, @ComponentImport LoginUriProvider loginUriProvider,
                           @ComponentImport WebSudoManager webSudoManager,
                           @ComponentImport PageBuilderService pageBuilderService) {
        this.dashboardService = dashboardService;
        this.accessPolicy = accessPolicy;
        this.viewerTexts = viewerTexts;
        this.templates = templates;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Texts texts = viewerTexts.current();
        Viewer viewer = accessPolicy.viewer();
        if (viewer.isAnonymous()) {
            PageResponses.redirectToLogin(request, response, loginUriProvider);
            return;
        }
        if (!accessPolicy.isConfluenceAdministrator(viewer)) {
            PageResponses.error(response, templates, 403, texts.get(K + "error.title"), texts.get(K + "error.admins-only"));
            return;
        }
        if (!webSudoManager.canExecuteRequest(request)) {
            webSudoManager.enforceWebSudoProtection(request, response);
            return;
        }
        OverviewSort sort = OverviewSort.fromParameterValue(request.getParameter("sort")).orElse(OverviewSort.SPACE);
        boolean descending = "desc".equals(request.getParameter("dir"));
        if ("csv".equals(request.getParameter("format"))) {
            OverviewView all = dashboardService.overviewOfEverySpace(sort, descending, request.getContextPath(), texts);
            PageResponses.csv(response, CsvExport.fileName("overview"), CsvExport.overview(all));
            return;
        }
        int page = parsePage(request.getParameter("page"));
        OverviewView view = dashboardService.overview(sort, descending, page, PAGE_SIZE, request.getContextPath(), texts);
        pageBuilderService.assembler().resources().requireWebResource(LaunchDashboardServlet.WEB_RESOURCE);
        PageResponses.html(response, 200, templates.render(TEMPLATE, Map.of("overview", view)));
    }

    private static int parsePage(String value) {
        try {
            return Math.max(1, Integer.parseInt(value == null ? "1" : value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
