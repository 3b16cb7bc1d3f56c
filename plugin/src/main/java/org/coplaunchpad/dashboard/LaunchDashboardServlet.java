package org.coplaunchpad.dashboard;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.App;
import org.coplaunchpad.access.Endpoint;
import org.coplaunchpad.access.Granted;
import org.coplaunchpad.access.Guard;
import org.coplaunchpad.access.GuardedServlet;
import org.coplaunchpad.access.Permission;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.dashboard.DashboardViews.DashboardView;
import org.coplaunchpad.macro.MacroTemplates;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.registry.ChecklistRegistry;
import org.coplaunchpad.web.PageResponses;

/**
 * {@code /plugins/servlet/cop-launchpad/dashboard?spaceKey=KEY}: a space's launch dashboard for its administrators
 * and Confluence administrators. GET shows it ({@code &format=csv} downloads its figures, {@code &part=reasons} the
 * reasons members gave, {@code &checklist=NAME&view-round=N} that checklist's closed round N compared with the round
 * before); POST saves the space's
 * thresholds and quorum, with {@code action=close-round} or {@code action=deadline} closes a checklist's round or
 * sets its deadline, with {@code action=decide} records a launch decision (on the last closed round, or with
 * {@code on=open} on the open round, which it closes; a refused one is shown again as typed, with a 400), or with {@code action=rescan} registers the checklists of every page of the space afresh (pages saved
 * before the app was installed), and redirects back. The guard has checked the viewer, the token of a POST and the space.
 */
@LicensedOnly
public class LaunchDashboardServlet extends GuardedServlet {
    static final Endpoint ENDPOINT = Endpoint.page(Permission.SPACE_ADMINISTRATOR, "cop-launchpad.dashboard.error.",
            "GET", "POST");
    static final String TEMPLATE = "templates/dashboard.vm";
    static final String WEB_RESOURCE = App.moduleKey("dashboard-resources");
    private static final String K = "cop-launchpad.dashboard.";

    private final DashboardService dashboardService;
    private final ChecklistRegistry registry;
    private final ThresholdSetting thresholdSetting;
    private final MacroTemplates templates;
    private final XsrfTokenAccessor xsrfTokenAccessor;
    private final PageBuilderService pageBuilderService;
    private final RoundClosing roundClosing;
    private final RoundStore rounds;
    private final DecisionRecording decisionRecording;
    private final ActionPlanning planning;

    public LaunchDashboardServlet(Guard guard, DashboardService dashboardService, ChecklistRegistry registry,
                                  ThresholdSetting thresholdSetting, MacroTemplates templates,
                                  @ComponentImport XsrfTokenAccessor xsrfTokenAccessor,
                                  @ComponentImport PageBuilderService pageBuilderService, RoundClosing roundClosing,
                                  RoundStore rounds, DecisionRecording decisionRecording, ActionPlanning planning) {
        super(guard, ENDPOINT);
        this.planning = planning;
        this.decisionRecording = decisionRecording;
        this.roundClosing = roundClosing;
        this.rounds = rounds;
        this.dashboardService = dashboardService;
        this.registry = registry;
        this.thresholdSetting = thresholdSetting;
        this.templates = templates;
        this.xsrfTokenAccessor = xsrfTokenAccessor;
        this.pageBuilderService = pageBuilderService;
    }

    @Override
    protected void handle(Granted granted, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Space space = granted.space().orElseThrow();
        if ("POST".equals(request.getMethod()) && "rescan".equals(request.getParameter("action"))) {
            int found = registry.rescan(space.getKey());
            response.sendRedirect(dashboardUrl(request, space) + "&rescanned=" + found);
        } else if ("POST".equals(request.getMethod()) && "close-round".equals(request.getParameter("action"))) {
            Optional<String> checklist = checklistOf(request);
            String outcome = checklist.flatMap(name -> roundClosing.close(space.getKey(), name, granted.viewer().key()))
                    .map(next -> "closed-" + next).orElse("close-refused");
            response.sendRedirect(dashboardUrl(request, space) + "&round=" + outcome);
        } else if ("POST".equals(request.getMethod()) && request.getParameter("action") != null
                && request.getParameter("action").startsWith("action-")) {
            changePlan(granted, space, request, response);
        } else if ("POST".equals(request.getMethod()) && "decide".equals(request.getParameter("action"))) {
            decide(granted, space, request, response);
        } else if ("POST".equals(request.getMethod()) && "deadline".equals(request.getParameter("action"))) {
            response.sendRedirect(dashboardUrl(request, space) + "&round=" + saveDeadline(space, request));
        } else if ("POST".equals(request.getMethod())) {
            saveThresholds(granted, space, request, response);
        } else {
            show(granted, request, response, space, Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private void saveThresholds(Granted granted, Space space, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ThresholdSetting.Outcome outcome = thresholdSetting.save(space.getKey(), request.getParameter("majority"),
                request.getParameter("readiness"), request.getParameter("quorum"), granted.viewer().key());
        if (outcome instanceof ThresholdSetting.Refused refused) {
            // Shown again with what was typed, so nothing is lost.
            show(granted, request, response, space, Optional.of(new DashboardService.FormState(refused.majority(),
                    refused.readiness(), refused.quorum(), granted.texts().get(K + "error.thresholds"))),
                    Optional.empty(), Optional.empty());
            return;
        }
        response.sendRedirect(dashboardUrl(request, space) + "&saved=true");
    }

    /**
     * Records a decision, or shows the dashboard again with what was typed and why it was refused (400): nothing is
     * stored then, not even the closing of the open round.
     */
    private void decide(Granted granted, Space space, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<String> checklist = checklistOf(request);
        if (checklist.isEmpty()) {
            response.sendRedirect(dashboardUrl(request, space) + "&round=decision-refused");
            return;
        }
        org.coplaunchpad.decision.DecisionForm form = new org.coplaunchpad.decision.DecisionForm(checklist.get(),
                request.getParameter("decision"), request.getParameter("rationale"), request.getParameter("conditions"),
                "open".equals(request.getParameter("on")));
        DecisionOutcome outcome = decisionRecording.record(space.getKey(), form, granted.viewer().key());
        if (outcome.recorded().isPresent()) {
            response.sendRedirect(dashboardUrl(request, space) + "&round=decided-"
                    + outcome.recorded().get().roundNumber() + "#cop-decision-" + URLEncoder.encode(checklist.get(),
                    StandardCharsets.UTF_8));
            return;
        }
        show(granted, request, response, space, Optional.empty(), Optional.of(new DashboardService.RejectedDecision(form,
                DecisionPanel.refusalText(outcome.refusal().orElseThrow(), granted.texts()))), Optional.empty());
    }

    /**
     * A change of a checklist's plan ({@code action=action-create|action-reassign|action-reschedule|action-done|
     * action-reopen|action-delete}, with {@code id} for an existing action). Done: back to the plan. Refused: the
     * dashboard again with the reason (and, for a new action, what was typed), 400 — or 404 for an action that is not
     * there.
     */
    private void changePlan(Granted granted, Space space, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String checklist = checklistOf(request).orElse("");
        String operation = request.getParameter("action").substring("action-".length());
        Optional<ActionPlanning.ActionForm> form = Optional.empty();
        int id = actionId(request.getParameter("id"));
        ActionOutcome outcome;
        switch (operation) {
            case "create" -> {
                form = Optional.of(new ActionPlanning.ActionForm(checklist, request.getParameter("subject"),
                        request.getParameter("owner"), request.getParameter("due"), request.getParameter("description")));
                outcome = planning.create(granted.viewer(), space, form.get());
            }
            case "reassign" -> outcome = planning.reassign(granted.viewer(), space, id, request.getParameter("owner"));
            case "reschedule" -> outcome = planning.reschedule(granted.viewer(), space, id, request.getParameter("due"));
            case "done" -> outcome = planning.markDone(granted.viewer(), space, id);
            case "reopen" -> outcome = planning.reopen(granted.viewer(), space, id);
            case "delete" -> outcome = planning.delete(granted.viewer(), space, id);
            default -> outcome = ActionOutcome.refused(ActionOutcome.Refusal.NO_SUCH_ACTION);
        }
        if (outcome.action().isPresent()) {
            response.sendRedirect(dashboardUrl(request, space) + "&round=plan-" + operation + "#cop-plan-"
                    + URLEncoder.encode(outcome.action().get().checklist(), StandardCharsets.UTF_8));
            return;
        }
        ActionOutcome.Refusal refusal = outcome.refusal().orElseThrow();
        if (refusal == ActionOutcome.Refusal.NOT_ALLOWED) {
            PageResponses.error(response, templates, 403, granted.texts().get(K + "error.title"),
                    granted.texts().get(K + "error.forbidden"));
            return;
        }
        response.setStatus(refusal == ActionOutcome.Refusal.NO_SUCH_ACTION ? 404 : 400);
        show(granted, request, response, space, Optional.empty(), Optional.empty(), Optional.of(
                new DashboardService.RejectedAction(checklist, form, PlanTexts.refusal(outcome, granted.texts()))));
    }

    private static int actionId(String value) {
        return value != null && value.matches("\\d{1,9}") ? Integer.parseInt(value) : -1;
    }

    private static Optional<String> checklistOf(HttpServletRequest request) {
        String name = request.getParameter("checklist");
        return name == null ? Optional.empty() : org.coplaunchpad.checklist.ChecklistName.parse(name);
    }

    /**
     * The deadline is the end of the chosen day in the zone the administrator's browser sent (UTC without it); an
     * empty date removes it. Returns what the redirect says: deadline-set, deadline-removed or deadline-refused.
     */
    private String saveDeadline(Space space, HttpServletRequest request) {
        Optional<String> checklist = checklistOf(request);
        String date = request.getParameter("deadline") == null ? "" : request.getParameter("deadline").trim();
        String zoneId = request.getParameter("zone") == null || request.getParameter("zone").isBlank() ? "UTC"
                : request.getParameter("zone").trim();
        if (checklist.isEmpty()) {
            return "deadline-refused";
        }
        if (date.isEmpty()) {
            rounds.setDeadline(space.getKey(), checklist.get(), Optional.empty(), zoneId);
            return "deadline-removed";
        }
        try {
            java.time.ZoneId zone = RoundStore.zone(zoneId);
            java.time.Instant endOfDay = java.time.LocalDate.parse(date).plusDays(1).atStartOfDay(zone).toInstant()
                    .minusSeconds(1);
            rounds.setDeadline(space.getKey(), checklist.get(), Optional.of(endOfDay), zone.getId());
            return "deadline-set";
        } catch (java.time.format.DateTimeParseException e) {
            return "deadline-refused";
        }
    }

    /** The message of the round action the redirect names; anything else shows none. */
    private static String roundMessage(String outcome, Texts texts) {
        if (outcome == null) {
            return "";
        }
        if (outcome.matches("closed-\\d{1,6}")) {
            return texts.get(K + "round.closed", Integer.parseInt(outcome.substring("closed-".length())));
        }
        if (outcome.matches("decided-\\d{1,6}")) {
            return texts.get("cop-launchpad.decision.recorded", Integer.parseInt(outcome.substring("decided-".length())));
        }
        return switch (outcome) {
            case "close-refused" -> texts.get(K + "round.close-refused");
            case "decision-refused" -> texts.get("cop-launchpad.decision.refused.unknown-checklist");
            case "plan-create", "plan-reassign", "plan-reschedule", "plan-done", "plan-reopen", "plan-delete" ->
                    texts.get("cop-launchpad.actions.changed." + outcome.substring("plan-".length()));
            case "deadline-set" -> texts.get(K + "round.deadline-set");
            case "deadline-removed" -> texts.get(K + "round.deadline-removed");
            case "deadline-refused" -> texts.get(K + "round.deadline-refused");
            default -> "";
        };
    }

    /**
     * The round an administrator chose to look at: {@code checklist=NAME&view-round=N} (a GET form of the dashboard's
     * rounds). {@code round} is taken: it names the last round action of a redirect.
     */
    private static Optional<DashboardService.ViewedRound> viewedRound(HttpServletRequest request) {
        String number = request.getParameter("view-round");
        if (number == null || !number.matches("\\d{1,6}")) {
            return Optional.empty();
        }
        return checklistOf(request).map(name -> new DashboardService.ViewedRound(name, Integer.parseInt(number)));
    }

    /** The count the re-scan redirect carries; anything else shows no message. */
    private static Optional<Integer> rescanned(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Integer.parseInt(value)).filter(found -> found >= 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String dashboardUrl(HttpServletRequest request, Space space) {
        return request.getContextPath() + DashboardService.DASHBOARD_PATH + "?spaceKey="
                + URLEncoder.encode(space.getKey(), StandardCharsets.UTF_8);
    }

    private void show(Granted granted, HttpServletRequest request, HttpServletResponse response, Space space,
                      Optional<DashboardService.FormState> rejected,
                      Optional<DashboardService.RejectedDecision> rejectedDecision,
                      Optional<DashboardService.RejectedAction> rejectedAction) throws IOException {
        Texts texts = granted.texts();
        if ("csv".equals(request.getParameter("format")) && "reasons".equals(request.getParameter("part"))) {
            PageResponses.csv(response, CsvExport.fileName(space.getKey(), "reasons"),
                    CsvExport.reasons(dashboardService.reasons(space, texts)));
            return;
        }
        DashboardView view = dashboardService.spaceDashboard(new DashboardService.DashboardRequest(space,
                granted.viewer(), request.getContextPath(), xsrfTokenAccessor.getXsrfToken(request, response, true),
                texts, "true".equals(request.getParameter("saved")), rescanned(request.getParameter("rescanned")),
                roundMessage(request.getParameter("round"), texts), viewedRound(request), rejected, rejectedDecision,
                rejectedAction));
        if ("csv".equals(request.getParameter("format"))) {
            PageResponses.csv(response, CsvExport.fileName(space.getKey()), CsvExport.space(view));
            return;
        }
        pageBuilderService.assembler().resources().requireWebResource(WEB_RESOURCE);
        PageResponses.html(response, rejectedAction.isPresent() ? response.getStatus()
                        : rejected.isPresent() || rejectedDecision.isPresent() ? 400 : 200, templates.render(TEMPLATE, Map.of("dashboard", view)));
    }
}
