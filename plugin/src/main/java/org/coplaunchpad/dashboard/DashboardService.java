package org.coplaunchpad.dashboard;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.ChecklistTally;
import org.coplaunchpad.answers.StoredReason;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.answers.FigureStore;
import org.coplaunchpad.answers.LaunchSettingsStore;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.OverviewSort;
import org.coplaunchpad.answers.RefusedMove;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.TimelineDay;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.dashboard.DashboardViews.ChecklistPanelView;
import org.coplaunchpad.dashboard.DashboardViews.DashboardView;
import org.coplaunchpad.dashboard.DashboardViews.ItemRowView;
import org.coplaunchpad.dashboard.DashboardViews.OverviewRowView;
import org.coplaunchpad.dashboard.DashboardViews.OverviewView;
import org.coplaunchpad.dashboard.DashboardViews.PageLinkView;
import org.coplaunchpad.dashboard.DashboardViews.SectionRowView;
import org.coplaunchpad.dashboard.DashboardViews.ThresholdsFormView;
import org.coplaunchpad.dashboard.DashboardViews.TimelineRowView;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.registry.ChecklistRegistry;
import org.coplaunchpad.registry.RegisteredChecklist;
import org.springframework.stereotype.Component;

/**
 * Builds the dashboard's and the overview's view models: the checklists from the registry (and the answered ones it
 * does not know), figures from the store, judgement from the Assessor.
 */
@Component
public class DashboardService {
    static final String DASHBOARD_PATH = "/plugins/servlet/cop-launchpad/dashboard";
    static final String OVERVIEW_PATH = "/plugins/servlet/cop-launchpad/overview";
    private static final String K = "cop-launchpad.dashboard.";

    private final Catalog catalog;
    private final FigureStore figures;
    private final LaunchSettingsStore settings;
    private final Assessor assessor;
    private final AnswerTexts answerTexts;
    private final ChecklistRegistry registry;
    private final AccessPolicy accessPolicy;
    private final SpaceManager spaceManager;
    private final PageManager pageManager;

    public DashboardService(Catalog catalog, FigureStore figures, LaunchSettingsStore settings, Assessor assessor,
                            AnswerTexts answerTexts, ChecklistRegistry registry, AccessPolicy accessPolicy,
                            @ComponentImport SpaceManager spaceManager, @ComponentImport PageManager pageManager) {
        this.catalog = catalog;
        this.figures = figures;
        this.settings = settings;
        this.assessor = assessor;
        this.answerTexts = answerTexts;
        this.registry = registry;
        this.accessPolicy = accessPolicy;
        this.spaceManager = spaceManager;
        this.pageManager = pageManager;
    }

    /** The thresholds form as the dashboard shows it: the stored values, or what the admin just typed and why it was refused. */
    public record FormState(String majority, String readiness, String error) {
        static FormState of(LaunchThresholds thresholds) {
            return new FormState(Integer.toString(thresholds.majorityPercent()),
                    Integer.toString(thresholds.readinessPercent()), "");
        }
    }

    /**
     * {@code rescanned}: how many checklists the re-scan the viewer just asked for found, if they did. Every
     * registered checklist is listed, answered or not, and every answered one.
     */
    public DashboardView spaceDashboard(Space space, Viewer viewer, String contextPath, String token, boolean saved,
                                        Optional<Integer> rescanned, Optional<FormState> rejected, Texts texts) {
        String spaceKey = space.getKey();
        LaunchThresholds thresholds = settings.thresholds(spaceKey);
        List<TimelineDay> timeline = figures.timeline(spaceKey);
        List<ChecklistPanelView> panels = new ArrayList<>();
        PageTitles titles = new PageTitles(viewer);
        for (ListedChecklist listed : ListedChecklist.of(spaceKey, figures.spaceTallies(spaceKey),
                registry.checklists(spaceKey), registry.refusedMoves(spaceKey))) {
            ChecklistAssessment assessment = assessor.assess(listed.tally(), thresholds, listed.shared(), listed.scope());
            panels.add(panel(listed, assessment,
                    timeline.stream().filter(day -> day.checklist().equals(listed.name())).toList(),
                    spaceKey, titles, contextPath, texts));
        }
        FormState form = rejected.orElse(FormState.of(thresholds));
        return new DashboardView(spaceKey, space.getName(), texts.languageTag(), labels(texts), panels,
                new ThresholdsFormView(contextPath + DASHBOARD_PATH, token, form.majority(), form.readiness(), form.error()),
                saved, rescanned.map(found -> texts.get(K + "rescanned", found)).orElse(""),
                contextPath + DASHBOARD_PATH + "?spaceKey=" + url(spaceKey) + "&format=csv",
                contextPath + DASHBOARD_PATH + "?spaceKey=" + url(spaceKey) + "&format=csv&part=reasons");
    }

    /** Pages as the viewer may know them: a title if they may view the page, nothing otherwise. Looked up once each. */
    private final class PageTitles {
        private final Viewer viewer;
        private final Map<Long, Optional<AbstractPage>> pages = new HashMap<>();

        PageTitles(Viewer viewer) {
            this.viewer = viewer;
        }

        /** Empty when Confluence has no such page (any more). */
        Optional<AbstractPage> existing(long pageId) {
            return pages.computeIfAbsent(pageId, id -> Optional.ofNullable(pageManager.getAbstractPage(id)));
        }

        Optional<AbstractPage> visible(long pageId) {
            return existing(pageId).filter(page -> accessPolicy.mayView(viewer, page));
        }

        String title(long pageId, Texts texts) {
            return visible(pageId).map(page -> "« " + page.getTitle() + " »").orElse(texts.get(K + "hidden-page"));
        }
    }

    private ChecklistPanelView panel(ListedChecklist listed, ChecklistAssessment assessment, List<TimelineDay> timeline,
                                     String spaceKey, PageTitles titles, String contextPath, Texts texts) {
        boolean ready = assessment.decision() == LaunchDecision.READY;
        List<String> reasons = new ArrayList<>();
        boolean unanswered = assessment.shared()
                ? assessment.itemsMixedFirst().stream().noneMatch(item -> item.shared().isPresent())
                : assessment.respondents() == 0;
        if (unanswered) {
            reasons.add(texts.get(K + "reason.no-answers"));
        }
        if (!assessment.missingFundamentals().isEmpty()) {
            reasons.add(texts.get(K + "reason.fundamentals", assessment.missingFundamentals().size()));
        }
        if (assessment.score() < assessment.thresholds().readinessPercent()) {
            reasons.add(texts.get(K + "reason.score", assessment.score(), assessment.thresholds().readinessPercent()));
        }
        List<SectionRowView> sections = assessment.sections().stream()
                .map(section -> new SectionRowView(texts.get(section.section().titleKey()), section.met(), section.total(),
                        section.percent())).toList();
        List<ItemRowView> items = assessment.itemsMixedFirst().stream().map(item -> itemRow(item, assessment, texts)).toList();
        List<TimelineRowView> days = timeline.stream()
                .map(day -> new TimelineRowView(day.day().toString(), day.answered(), day.cleared())).toList();
        String scoreText = texts.get(K + "score", assessment.score(), assessment.met(), assessment.total());
        List<PageLinkView> links = new ArrayList<>();
        int hidden = 0;
        List<Long> pageIds = listed.registered()
                .map(checklist -> checklist.pages().stream().map(RegisteredPage::pageId).toList())
                .orElse(assessment.pageIds());
        for (long pageId : pageIds) {
            if (titles.existing(pageId).isEmpty()) {
                continue;
            }
            Optional<AbstractPage> page = titles.visible(pageId);
            if (page.isPresent()) {
                links.add(new PageLinkView(page.get().getTitle(), contextPath + "/pages/viewpage.action?pageId=" + pageId));
            } else {
                hidden++;
            }
        }
        return new ChecklistPanelView(
                assessment.checklist(), assessment.shared(),
                texts.get(K + (assessment.shared() ? "mode.shared" : "mode.personal")),
                assessment.respondents(), texts.get(K + "respondents", assessment.respondents()),
                assessment.lastActivity().map(at -> texts.get(K + "last-activity", texts.dateTime(at))).orElse(""),
                assessment.score(), scoreText, assessment.decision().key(),
                texts.get(K + "decision." + assessment.decision().key()), reasons,
                SvgCharts.scoreRing(assessment.score(), assessment.thresholds().readinessPercent(), ready, scoreText),
                SvgCharts.bars(sections.stream().map(s -> new SvgCharts.Bar(s.title(), s.percent(), s.percent() == 100)).toList(),
                        texts.get(K + "chart.sections")),
                sections, items,
                assessment.missingFundamentals().stream().map(item -> texts.get(item.item().labelKey())).toList(),
                SvgCharts.timeline(timeline.stream().map(day -> new SvgCharts.Day(
                        texts.get(K + "timeline.day", day.day().toString(), day.answered(), day.cleared()), day.answered(),
                        day.cleared())).toList(), texts.get(K + "chart.timeline")),
                days, links, hidden == 0 ? "" : texts.get(K + "pages-hidden", hidden),
                listed.registered().map(RegisteredChecklist::hasModeConflict).orElse(false),
                warnings(listed, spaceKey, titles, texts), notes(listed, assessment, texts));
    }

    /** Mode conflicts, then moves refused into or out of this space. */
    private List<String> warnings(ListedChecklist listed, String spaceKey, PageTitles titles, Texts texts) {
        List<String> warnings = new ArrayList<>();
        listed.registered().ifPresent(checklist -> {
            RegisteredPage first = checklist.pages().get(0);
            for (RegisteredPage page : checklist.conflictingPages()) {
                warnings.add(texts.get(K + "conflict.mode", titles.title(page.pageId(), texts),
                        modeText(page.settings().mode(), texts), titles.title(first.pageId(), texts),
                        modeText(first.settings().mode(), texts)));
            }
        });
        for (RefusedMove move : listed.refusedMoves()) {
            warnings.add(move.fromSpace().equals(spaceKey)
                    ? texts.get(K + "moved.refused.from", titles.title(move.pageId(), texts), move.toSpace())
                    : texts.get(K + "moved.refused.to", titles.title(move.pageId(), texts), move.fromSpace()));
        }
        return warnings;
    }

    /** The scope when it is not every section (the assessed sections are exactly the scope), and differing pages. */
    private List<String> notes(ListedChecklist listed, ChecklistAssessment assessment, Texts texts) {
        List<String> notes = new ArrayList<>();
        if (!listed.scope().isEmpty()) {
            notes.add(texts.get(K + "scope", String.join(", ", assessment.sections().stream()
                    .map(section -> texts.get(section.section().titleKey())).toList())));
        }
        if (listed.registered().map(RegisteredChecklist::sectionsDiffer).orElse(false)) {
            notes.add(texts.get(K + "sections-differ"));
        }
        if (listed.tally().answersGivenAsTicks() > 0) {
            // The upgrade to four-level answers could not know what a tick meant beyond yes or no.
            notes.add(texts.get(K + "given-as-ticks", listed.tally().answersGivenAsTicks()));
        }
        return notes;
    }

    private static String modeText(String mode, Texts texts) {
        return texts.get(K + ("shared".equals(mode) ? "mode.shared" : "mode.personal"));
    }

    private ItemRowView itemRow(ItemAssessment item, ChecklistAssessment assessment, Texts texts) {
        String answer = item.shared().map(shared -> answerTexts.teamStatus(shared.answer(), shared.answeredBy(),
                shared.answeredAt(), texts)).orElse("");
        String section = assessment.sections().stream().filter(s -> s.items().contains(item))
                .map(s -> texts.get(s.section().titleKey())).findFirst().orElse("");
        AnswerCounts counts = item.counts();
        return new ItemRowView(item.item().key(), texts.get(item.item().labelKey()), section, item.item().fundamental(),
                counts.yes(), counts.partly(), counts.no(), counts.unknown(), counts.notAnswered(item.respondents()),
                item.respondents(), item.agreePercent(), item.met(),
                texts.get(K + (item.met() ? "met" : "not-met")), item.consensus().key(),
                texts.get(K + "consensus." + item.consensus().key()),
                assessment.shared() ? "" : texts.get(K + "counts", counts.yes(), counts.partly(), counts.no(),
                        counts.unknown(), counts.notAnswered(item.respondents())),
                answer, item.shared().map(shared -> shared.answer().value()).orElse(Answer.NONE.value()));
    }


    /**
     * Every reason given in a space, for its administrators' CSV: the item, the answer it explains, the reason, and
     * who gave it and when. (A confidential checklist will give neither name nor date: the confidentiality issue.)
     */
    public List<ReasonRow> reasons(Space space, Texts texts) {
        List<String> itemOrder = catalog.readinessItems().stream().map(ReadinessItem::key).toList();
        return figures.reasons(space.getKey()).stream()
                .sorted(Comparator.comparing(StoredReason::checklist)
                        .thenComparingInt(reason -> itemOrder.indexOf(reason.itemKey())))
                .map(reason -> new ReasonRow(reason.checklist(), reason.itemKey(),
                        catalog.readinessItem(reason.itemKey()).map(item -> texts.get(item.labelKey())).orElse(reason.itemKey()),
                        reason.answer().value(), answerTexts.answerName(reason.answer(), texts), reason.reason(),
                        reason.isTeams() ? texts.get(K + "reasons.team", answerTexts.memberName(reason.answeredBy(), texts))
                                : answerTexts.memberName(reason.respondent(), texts),
                        reason.answeredAt().toString()))
                .toList();
    }

    /** One page of the institution overview. */
    public OverviewView overview(OverviewSort sort, boolean descending, int page, int pageSize, String contextPath, Texts texts) {
        int total = figures.overviewSize();
        int pages = Math.max(1, (total + pageSize - 1) / pageSize);
        int current = Math.min(Math.max(1, page), pages);
        List<ChecklistTally> tallies = figures.overviewPage(sort, descending, (current - 1) * pageSize, pageSize);
        Map<String, LaunchThresholds> thresholds = settings.thresholds(
                tallies.stream().map(ChecklistTally::spaceKey).distinct().toList());
        List<OverviewRowView> rows = new ArrayList<>();
        for (ChecklistTally tally : tallies) {
            rows.add(overviewRow(tally, thresholds.get(tally.spaceKey()), contextPath, texts));
        }
        return overviewView(sort, descending, rows, total, current, pages, contextPath, texts);
    }

    /** Every row of the overview (for the CSV download), from one streamed query. */
    public OverviewView overviewOfEverySpace(OverviewSort sort, boolean descending, String contextPath, Texts texts) {
        List<OverviewRowView> rows = new ArrayList<>();
        figures.everyOverviewRow(sort, descending,
                row -> rows.add(overviewRow(row.tally(), row.thresholds(), contextPath, texts)));
        return overviewView(sort, descending, rows, rows.size(), 1, 1, contextPath, texts);
    }

    private OverviewRowView overviewRow(ChecklistTally tally, LaunchThresholds thresholds, String contextPath, Texts texts) {
        ChecklistAssessment assessment = assessor.assess(tally, thresholds);
        Space space = spaceManager.getSpace(tally.spaceKey());
        return new OverviewRowView(tally.spaceKey(), space == null ? tally.spaceKey() : space.getName(),
                tally.checklist(), tally.respondents(), assessment.score(), assessment.decision().key(),
                texts.get(K + "decision." + assessment.decision().key()),
                tally.lastActivity().map(at -> texts.dateTime(at)).orElse(""),
                contextPath + DASHBOARD_PATH + "?spaceKey=" + url(tally.spaceKey()));
    }

    private OverviewView overviewView(OverviewSort sort, boolean descending, List<OverviewRowView> rows, int total,
                                      int current, int pages, String contextPath, Texts texts) {
        String base = contextPath + OVERVIEW_PATH + "?sort=" + sort.parameterValue() + "&dir=" + (descending ? "desc" : "asc");
        Map<String, String> sortUrls = new LinkedHashMap<>();
        for (OverviewSort column : OverviewSort.values()) {
            boolean flip = column == sort && !descending;
            sortUrls.put(column.parameterValue(), contextPath + OVERVIEW_PATH + "?sort=" + column.parameterValue()
                    + "&dir=" + (flip ? "desc" : "asc"));
        }
        return new OverviewView(texts.languageTag(), labels(texts), rows, total, current, pages,
                current > 1 ? base + "&page=" + (current - 1) : "", current < pages ? base + "&page=" + (current + 1) : "",
                sortUrls, base + "&format=csv");
    }

    /** Every label the dashboard and overview templates show, by short name. */
    private static Map<String, String> labels(Texts texts) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : List.of("title", "overview-title", "no-answers", "sections", "items", "item", "section",
                "agree", "share", "status", "consensus", "missing", "missing-none", "timeline", "timeline-empty",
                "day", "answered", "cleared", "pages", "csv", "csv-reasons", "thresholds", "majority", "majority-help", "readiness",
                "readiness-help", "save", "saved", "decision", "space", "checklist", "respondents-column", "score-column",
                "activity-column", "previous", "next", "page", "answer", "overview-empty", "figures", "rescan",
                "rescan-help")) {
            labels.put(name, texts.get(K + "label." + name));
        }
        return labels;
    }


    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
