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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.ActionStore;
import org.coplaunchpad.answers.ActionStore.PlanCounts;
import org.coplaunchpad.answers.ChecklistTally;
import org.coplaunchpad.answers.DecisionStore;
import org.coplaunchpad.answers.FigureStore;
import org.coplaunchpad.answers.LaunchSettingsStore;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.assessment.Assessment;
import org.coplaunchpad.assessment.Decision;
import org.coplaunchpad.dashboard.OverviewViews.FilterOptionView;
import org.coplaunchpad.dashboard.OverviewViews.FilterView;
import org.coplaunchpad.dashboard.OverviewViews.OverviewRowView;
import org.coplaunchpad.dashboard.OverviewViews.OverviewView;
import org.coplaunchpad.decision.LaunchDecision;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.registry.ChecklistRegistry;
import org.coplaunchpad.registry.RegisteredChecklist;
import org.springframework.stereotype.Component;

/**
 * The institution overview: one row per checklist of every space, answered or only registered, with its open round,
 * figures, the app's suggestion, the decision in force and its open and overdue actions; filtered by decision and
 * sorted before it is cut into pages, so that counts and pages are right. Reads are bounded by queries, not rows:
 * a page takes three SQL statements (the answered checklists, then the item figures and team answers of the page's
 * spaces) and five ActiveObjects queries (registry, decisions in force, then thresholds, open rounds and actions of
 * the page's spaces); the CSV one streamed statement and four queries. The list of checklists itself (one small row
 * per checklist) is held in memory to be filtered and sorted: issue 19 replaces it with a summary table.
 */
@Component
public class OverviewService {
    static final String OVERVIEW_PATH = "/plugins/servlet/cop-launchpad/overview";
    /** The filter value of a checklist without any decision. */
    static final String NO_DECISION = "none";
    private static final String K = "cop-launchpad.dashboard.";
    private static final String O = "cop-launchpad.overview.";

    private final FigureStore figures;
    private final LaunchSettingsStore settings;
    private final Assessor assessor;
    private final ChecklistRegistry registry;
    private final RoundStore rounds;
    private final DecisionStore decisions;
    private final ActionStore actions;
    private final AppClock clock;
    private final SpaceManager spaceManager;

    public OverviewService(FigureStore figures, LaunchSettingsStore settings, Assessor assessor,
                           ChecklistRegistry registry, RoundStore rounds, DecisionStore decisions, ActionStore actions,
                           AppClock clock, @ComponentImport SpaceManager spaceManager) {
        this.figures = figures;
        this.settings = settings;
        this.assessor = assessor;
        this.registry = registry;
        this.rounds = rounds;
        this.decisions = decisions;
        this.actions = actions;
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
        Map<String, List<RegisteredChecklist>> registered = registry.checklists(List.of());
        List<Listed> every = listed(figures.overviewPairs(), registered);
        List<Listed> kept = kept(every, request);
        int pages = Math.max(1, (kept.size() + pageSize - 1) / pageSize);
        int current = Math.min(Math.max(1, page), pages);
        List<Listed> shown = kept.subList(Math.min(kept.size(), (current - 1) * pageSize),
                Math.min(kept.size(), current * pageSize));
        List<String> spaces = shown.stream().map(listed -> listed.tally().spaceKey()).distinct().toList();
        Map<String, ChecklistTally> withFigures = new HashMap<>();
        figures.withItemFigures(shown.stream().map(Listed::tally).toList())
                .forEach(tally -> withFigures.put(pair(tally.spaceKey(), tally.checklist()), tally));
        Map<String, LaunchThresholds> thresholds = settings.thresholds(spaces);
        Map<String, Map<String, Integer>> open = rounds.openRoundNumbers(spaces);
        Map<String, Map<String, PlanCounts>> plans = actions.counts(spaces, today(request));
        List<OverviewRowView> rows = new ArrayList<>();
        for (Listed listed : shown) {
            ChecklistTally tally = withFigures.get(listed.pair());
            rows.add(row(listed, judge(listed, tally, thresholds.get(tally.spaceKey())), open, plans, contextPath,
                    texts));
        }
        return view(request, rows, kept.size(), current, pages, !every.isEmpty(), contextPath, texts);
    }

    /** Every row the filter keeps, in the page's order (for the CSV): the answered ones from one streamed query. */
    public OverviewView every(OverviewRequest request, String contextPath, Texts texts) {
        Map<String, List<RegisteredChecklist>> registered = registry.checklists(List.of());
        List<ChecklistTally> answered = new ArrayList<>();
        Map<String, Judged> judged = new HashMap<>();
        figures.everyOverviewRow(row -> {
            ChecklistTally tally = row.tally();
            Listed listed = new Listed(tally, registered(registered, tally.spaceKey(), tally.checklist()),
                    Optional.empty());
            judged.put(listed.pair(), judge(listed, tally, row.thresholds()));
            // Kept without its per-item figures: only the judgement is needed once the row is read.
            answered.add(new ChecklistTally(tally.spaceKey(), tally.checklist(), tally.respondents(), Map.of(),
                    Map.of(), List.of(), tally.lastActivity(), 0, tally.confidentialAnswers()));
        });
        List<Listed> every = listed(answered, registered);
        List<Listed> kept = kept(every, request);
        Map<String, Map<String, Integer>> open = rounds.openRoundNumbersOfEverySpace();
        Map<String, Map<String, PlanCounts>> plans = actions.countsOfEverySpace(today(request));
        List<OverviewRowView> rows = new ArrayList<>();
        for (Listed listed : kept) {
            // A checklist without answers: no threshold changes what the rules say of it.
            Judged judgement = judged.computeIfAbsent(listed.pair(),
                    pair -> judge(listed, listed.tally(), LaunchThresholds.DEFAULT));
            rows.add(row(listed, judgement, open, plans, contextPath, texts));
        }
        return view(request, rows, rows.size(), 1, 1, !every.isEmpty(), contextPath, texts);
    }

    /**
     * "Today" for overdue actions: the day it is now in the viewer's time zone, which the page script sends
     * ({@code zone}); UTC when it did not (the first visit, or without the script).
     */
    private LocalDate today(OverviewRequest request) {
        return clock.now().atZone(request.zone()).toLocalDate();
    }

    /** A checklist as the overview lists it before paging: its figures without items, its pages, its decision. */
    private record Listed(ChecklistTally tally, Optional<RegisteredChecklist> registered,
                          Optional<DecisionStore.InForce> decision) {
        String pair() {
            return OverviewService.pair(tally.spaceKey(), tally.checklist());
        }

        String decisionKey() {
            return decision.map(DecisionStore.InForce::decision).orElse(NO_DECISION);
        }
    }

    /** What the app suggests of a checklist, and its score: all a row needs of its assessment. */
    private record Judged(Decision suggestion, Optional<Integer> percent) {
    }

    /** The answered checklists and the registered ones (without answers: 0 respondents), with their decisions. */
    private List<Listed> listed(List<ChecklistTally> answered, Map<String, List<RegisteredChecklist>> registered) {
        Map<String, DecisionStore.InForce> inForce = new HashMap<>();
        decisions.inForceOnEveryChecklist().forEach(decision ->
                inForce.put(pair(decision.spaceKey(), decision.checklist()), decision));
        Map<String, ChecklistTally> tallies = new LinkedHashMap<>();
        answered.forEach(tally -> tallies.put(pair(tally.spaceKey(), tally.checklist()), tally));
        registered.forEach((space, checklists) -> checklists.forEach(checklist -> tallies.putIfAbsent(
                pair(space, checklist.name()), new ChecklistTally(space, checklist.name(), 0, Map.of(), Map.of(),
                        List.of(), Optional.empty(), 0))));
        List<Listed> listed = new ArrayList<>();
        tallies.forEach((pair, tally) -> listed.add(new Listed(tally,
                registered(registered, tally.spaceKey(), tally.checklist()), Optional.ofNullable(inForce.get(pair)))));
        return listed;
    }

    private static Optional<RegisteredChecklist> registered(Map<String, List<RegisteredChecklist>> registered,
                                                            String spaceKey, String checklist) {
        return registered.getOrDefault(spaceKey, List.of()).stream()
                .filter(candidate -> candidate.name().equals(checklist)).findFirst();
    }

    /** The rows the filter keeps, sorted; ties go by space key, then checklist, in ascending order. */
    private static List<Listed> kept(List<Listed> every, OverviewRequest request) {
        Comparator<Listed> column = switch (request.sort()) {
            case SPACE -> Comparator.comparing(listed -> listed.tally().spaceKey());
            case RESPONDENTS -> Comparator.comparingInt(listed -> listed.tally().respondents());
            // No answer yet sorts as the oldest activity.
            case ACTIVITY -> Comparator.comparing(listed -> listed.tally().lastActivity().orElse(Instant.MIN));
        };
        Comparator<Listed> order = (request.descending() ? column.reversed() : column)
                .thenComparing(listed -> listed.tally().spaceKey())
                .thenComparing(listed -> listed.tally().checklist());
        return every.stream()
                .filter(listed -> request.decision().isEmpty() || request.decision().equals(listed.decisionKey()))
                .sorted(order).toList();
    }

    private Judged judge(Listed listed, ChecklistTally tally, LaunchThresholds thresholds) {
        ListedChecklist checklist = new ListedChecklist(tally, listed.registered(), List.of());
        Assessment assessment = assessor.assess(tally, thresholds, checklist.shared(), checklist.scope(),
                checklist.confidential());
        return new Judged(assessment.decision(), assessment.score().map(share -> share.percent()));
    }

    private OverviewRowView row(Listed listed, Judged judged, Map<String, Map<String, Integer>> open,
                                Map<String, Map<String, PlanCounts>> plans, String contextPath, Texts texts) {
        ChecklistTally tally = listed.tally();
        Space space = spaceManager.getSpace(tally.spaceKey());
        String suggestion = DashboardService.decisionKey(judged.suggestion());
        boolean confidential = new ListedChecklist(tally, listed.registered(), List.of()).confidential();
        PlanCounts plan = plans.getOrDefault(tally.spaceKey(), Map.of()).getOrDefault(tally.checklist(),
                PlanCounts.NONE);
        Optional<DecisionStore.InForce> decision = listed.decision();
        return new OverviewRowView(tally.spaceKey(), space == null ? tally.spaceKey() : space.getName(),
                tally.checklist(), open.getOrDefault(tally.spaceKey(), Map.of()).getOrDefault(tally.checklist(), 1),
                tally.respondents(), judged.percent().map(percent -> percent + "\u00a0%").orElse("\u2014"),
                suggestion, texts.get(K + "decision." + suggestion), listed.decisionKey(),
                decision.map(d -> texts.get("cop-launchpad.decision.kind." + d.decision()))
                        .orElse(texts.get(O + "decision.none")),
                decision.map(d -> texts.dateTime(d.decidedAt())).orElse(""),
                decision.map(d -> d.decidedAt().toString()).orElse(""), plan.open(), plan.overdue(),
                confidential ? "" : tally.lastActivity().map(texts::dateTime).orElse(""),
                contextPath + DashboardService.DASHBOARD_PATH + "?spaceKey=" + url(tally.spaceKey()));
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
    private static Map<String, String> labels(Texts texts) {
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

    private static String pair(String spaceKey, String checklist) {
        return spaceKey + '\u0000' + checklist;
    }

    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
