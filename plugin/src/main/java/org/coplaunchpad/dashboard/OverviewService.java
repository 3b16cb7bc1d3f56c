package org.coplaunchpad.dashboard;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.ChecklistSummary;
import org.coplaunchpad.answers.OverviewSummaries;
import org.coplaunchpad.answers.SummaryStore;
import org.coplaunchpad.assessment.Share;
import org.coplaunchpad.dashboard.OverviewViews.FilterOptionView;
import org.coplaunchpad.dashboard.OverviewViews.FilterView;
import org.coplaunchpad.dashboard.OverviewViews.OverviewRowView;
import org.coplaunchpad.dashboard.OverviewViews.OverviewView;
import org.coplaunchpad.decision.LaunchDecision;
import org.coplaunchpad.macro.Texts;
import org.springframework.stereotype.Component;

/**
 * The institution overview: one row per checklist of every space, answered or only registered, with its open round,
 * score, the app's suggestion, the decision in force and its open and overdue actions. Read from the summary that
 * {@link OverviewSummaries} keeps in the transaction of every change: the database filters by decision, sorts and
 * pages, so a page is two queries (the counts, then the page's rows with their overdue actions, counted against
 * today), whatever the number of checklists; no checklist is held in memory but the page's. The download streams
 * the same query's rows, one at a time.
 */
@Component
public class OverviewService {
    static final String OVERVIEW_PATH = "/plugins/servlet/cop-launchpad/overview";
    /** The filter value of a checklist without any decision. */
    static final String NO_DECISION = "none";
    private static final String K = "cop-launchpad.dashboard.";
    private static final String O = "cop-launchpad.overview.";

    private final SummaryStore summaries;
    private final AppClock clock;
    private final SpaceManager spaceManager;

    public OverviewService(SummaryStore summaries, AppClock clock, @ComponentImport SpaceManager spaceManager) {
        this.summaries = summaries;
        this.clock = clock;
        this.spaceManager = spaceManager;
    }

    /**
     * What the administrator asked for: the sort, the decision in force to keep (empty: every checklist; see
     * {@link #decisionFilter}) and the time zone "today" is read in for overdue actions.
     */
    public record OverviewRequest(OverviewSort sort, boolean descending, String decision, ZoneId zone) {
        public static OverviewRequest of(OverviewSort sort, boolean descending) {
            return new OverviewRequest(sort, descending, "", ZoneOffset.UTC);
        }
    }

    /** The filter a {@code decision} parameter names: none or a decision's key; anything else keeps every checklist. */
    public static String decisionFilter(String parameter) {
        String value = parameter == null ? "" : parameter.trim();
        return NO_DECISION.equals(value) || LaunchDecision.fromKey(value).isPresent() ? value : "";
    }

    /** One page of the overview. */
    public OverviewView page(OverviewRequest request, int page, int pageSize, String contextPath, Texts texts) {
        SummaryStore.Filter filter = filter(request);
        SummaryStore.Counts counts = summaries.counts(filter);
        int pages = Math.max(1, (counts.kept() + pageSize - 1) / pageSize);
        int current = Math.min(Math.max(1, page), pages);
        List<OverviewRowView> rows = summaries.lines(filter, order(request), request.descending(), today(request),
                (current - 1) * pageSize, pageSize).stream().map(line -> row(line, contextPath, texts)).toList();
        return view(request, rows, counts.kept(), current, pages, counts.every() > 0, contextPath, texts);
    }

    /**
     * Every row the filter keeps, in the page's order, handed to {@code row} one at a time as the streamed query
     * returns it (the CSV): nothing is held but the row at hand, whatever the number of checklists.
     */
    public void eachRow(OverviewRequest request, String contextPath, Texts texts, Consumer<OverviewRowView> row) {
        summaries.eachLine(filter(request), order(request), request.descending(), today(request),
                line -> row.accept(row(line, contextPath, texts)));
    }

    private static SummaryStore.Filter filter(OverviewRequest request) {
        return request.decision().isEmpty() ? SummaryStore.Filter.EVERY
                : NO_DECISION.equals(request.decision()) ? SummaryStore.Filter.WITHOUT_DECISION
                : SummaryStore.Filter.decided(request.decision());
    }

    private static SummaryStore.Order order(OverviewRequest request) {
        return switch (request.sort()) {
            case SPACE -> SummaryStore.Order.SPACE;
            case RESPONDENTS -> SummaryStore.Order.RESPONDENTS;
            case ACTIVITY -> SummaryStore.Order.ACTIVITY;
        };
    }

    /**
     * "Today" for overdue actions: the day it is now in the viewer's time zone, which the page script sends
     * ({@code zone}); UTC when it did not (the first visit, or without the script).
     */
    private LocalDate today(OverviewRequest request) {
        return clock.now().atZone(request.zone()).toLocalDate();
    }

    private OverviewRowView row(SummaryStore.Line line, String contextPath, Texts texts) {
        ChecklistSummary summary = line.summary();
        Space space = spaceManager.getSpace(summary.spaceKey());
        String suggestion = summary.suggestion();
        return new OverviewRowView(summary.spaceKey(), space == null ? summary.spaceKey() : space.getName(),
                summary.checklist(), summary.roundNumber(), summary.respondents(),
                summary.hasScore() ? Share.of(summary.scoreNumerator(), summary.scoreDenominator()).percent() + "\u00a0%"
                        : "\u2014",
                suggestion, texts.get(K + "decision." + suggestion), summary.decision().orElse(NO_DECISION),
                summary.decision().map(d -> texts.get("cop-launchpad.decision.kind." + d))
                        .orElse(texts.get(O + "decision.none")),
                summary.decidedAt().map(texts::dateTime).orElse(""),
                summary.decidedAt().map(Instant::toString).orElse(""), summary.openActions(), line.overdueActions(),
                summary.confidential() ? "" : summary.lastActivity().map(texts::dateTime).orElse(""),
                contextPath + DashboardService.DASHBOARD_PATH + "?spaceKey=" + url(summary.spaceKey()));
    }

    private OverviewView view(OverviewRequest request, List<OverviewRowView> rows, int total, int current, int pages,
                              boolean anyChecklist, String contextPath, Texts texts) {
        String path = contextPath + OVERVIEW_PATH;
        // The filter and the viewer's zone go with every link; a sort or a new filter starts on the first page.
        String kept = (request.decision().isEmpty() ? "" : "&decision=" + url(request.decision()))
                + (request.zone().equals(ZoneOffset.UTC) ? "" : "&zone=" + url(request.zone().getId()));
        String base = path + "?sort=" + request.sort().parameterValue() + "&dir=" + (request.descending() ? "desc" : "asc")
                + kept;
        Map<String, String> sortUrls = new LinkedHashMap<>();
        for (OverviewSort column : OverviewSort.values()) {
            boolean flip = column == request.sort() && !request.descending();
            sortUrls.put(column.parameterValue(), path + "?sort=" + column.parameterValue() + "&dir="
                    + (flip ? "desc" : "asc") + kept);
        }
        List<FilterOptionView> options = new ArrayList<>();
        options.add(new FilterOptionView("", texts.get(O + "label.filter-all"), request.decision().isEmpty()));
        options.add(new FilterOptionView(NO_DECISION, texts.get(O + "label.filter-none"),
                request.decision().equals(NO_DECISION)));
        for (LaunchDecision decision : LaunchDecision.values()) {
            options.add(new FilterOptionView(decision.key(), texts.get("cop-launchpad.decision.kind." + decision.key()),
                    request.decision().equals(decision.key())));
        }
        FilterView filter = new FilterView(path, "cop-overview-decision", request.sort().parameterValue(),
                request.descending() ? "desc" : "asc", request.zone().getId(), options);
        String caption = request.decision().isEmpty() ? texts.get(O + "caption", total)
                : texts.get(O + "caption.filtered", total, options.stream().filter(FilterOptionView::selected)
                        .findFirst().map(FilterOptionView::label).orElse(""));
        return new OverviewView(texts.languageTag(), labels(texts), caption, rows, total, current, pages,
                current > 1 ? base + "&page=" + (current - 1) : "",
                current < pages ? base + "&page=" + (current + 1) : "", sortUrls, base + "&format=csv", filter,
                anyChecklist, texts.get(O + "overdue-help", request.zone().getId()));
    }

    /** Every label the overview template and its CSV show, by short name. */
    public static Map<String, String> labels(Texts texts) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : List.of("overview-title", "space", "checklist", "respondents-column", "score-column",
                "decision", "activity-column", "previous", "next", "page", "csv")) {
            labels.put(name, texts.get(K + "label." + name));
        }
        for (String name : List.of("round", "decision-in-force", "decided-on", "open-actions", "overdue-actions",
                "filter", "filter-submit", "empty", "filter-empty")) {
            labels.put(name, texts.get(O + "label." + name));
        }
        return labels;
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
