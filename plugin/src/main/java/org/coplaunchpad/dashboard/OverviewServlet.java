package org.coplaunchpad.dashboard;

import com.atlassian.annotations.security.AdminOnly;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.coplaunchpad.access.Endpoint;
import org.coplaunchpad.access.Granted;
import org.coplaunchpad.access.Guard;
import org.coplaunchpad.access.GuardedServlet;
import org.coplaunchpad.access.Permission;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.dashboard.OverviewService.OverviewRequest;
import org.coplaunchpad.dashboard.OverviewViews.OverviewView;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.web.PageResponses;

/**
 * {@code /plugins/servlet/cop-launchpad/overview}: every community of the institution at once, for Confluence
 * administrators, behind WebSudo. {@code ?sort=space|respondents|activity&dir=asc|desc&page=N}, filtered by
 * {@code &decision=none|launch|launch-with-conditions|not-yet|abandon}; {@code &format=csv} downloads every row the
 * filter keeps, written as it is read. Overdue actions are those due before today in {@code &zone=} (the page script
 * sends the browser's time zone with the filter form, and the links keep it), UTC without it.
 */
@AdminOnly
public class OverviewServlet extends GuardedServlet {
    static final Endpoint ENDPOINT = Endpoint.page(Permission.CONFLUENCE_ADMINISTRATOR, "cop-launchpad.overview.error.",
            "GET").behindWebSudo();
    static final String TEMPLATE = "templates/overview.vm";
    static final int PAGE_SIZE = 25;

    private final OverviewService overviewService;
    private final MacroTemplates templates;
    private final PageBuilderService pageBuilderService;

    public OverviewServlet(Guard guard, OverviewService overviewService, MacroTemplates templates,
                           @ComponentImport PageBuilderService pageBuilderService) {
        super(guard, ENDPOINT);
        this.overviewService = overviewService;
        this.templates = templates;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    protected void handle(Granted granted, HttpServletRequest request, HttpServletResponse response) throws IOException {
        OverviewSort sort = OverviewSort.fromParameterValue(request.getParameter("sort")).orElse(OverviewSort.SPACE);
        String zone = request.getParameter("zone");
        OverviewRequest asked = new OverviewRequest(sort, "desc".equals(request.getParameter("dir")),
                OverviewService.decisionFilter(request.getParameter("decision")),
                RoundStore.zone(zone == null || zone.isBlank() ? "UTC" : zone.trim()));
        if ("csv".equals(request.getParameter("format"))) {
            // Streamed: each row goes out as the database returns it, so the download holds one row at a time.
            PageResponses.csv(response, CsvExport.fileName("overview"), out -> overviewService.eachRow(asked,
                    request.getContextPath(), granted.texts(),
                    CsvExport.overview(OverviewService.labels(granted.texts()), out)));
            return;
        }
        OverviewView view = overviewService.page(asked, parsePage(request.getParameter("page")), PAGE_SIZE,
                request.getContextPath(), granted.texts());
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
