package org.coplaunchpad.dashboard;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.access.AccessPolicy;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.assessment.AssessedItem;
import org.coplaunchpad.assessment.Assessment;
import org.coplaunchpad.assessment.Decision;
import org.coplaunchpad.assessment.ItemState;
import org.coplaunchpad.assessment.Reason;
import org.coplaunchpad.assessment.Share;
import org.coplaunchpad.answers.StoredReason;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.answers.FigureStore;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.RefusedMove;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.TimelineDay;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.dashboard.DashboardViews.ChecklistPanelView;
import org.coplaunchpad.dashboard.DashboardViews.ClosedRoundView;
import org.coplaunchpad.dashboard.DashboardViews.RoundView;
import org.coplaunchpad.dashboard.DashboardViews.DashboardView;
import org.coplaunchpad.dashboard.DashboardViews.ItemRowView;
import org.coplaunchpad.dashboard.DashboardViews.PageLinkView;
import org.coplaunchpad.dashboard.DashboardViews.RecommendationRowView;
import org.coplaunchpad.dashboard.DashboardViews.ThresholdsFormView;
import org.coplaunchpad.dashboard.DashboardViews.TimelineRowView;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.registry.ChecklistRegistry;
import org.coplaunchpad.registry.RegisteredChecklist;
import org.springframework.stereotype.Component;

/**
 * Builds the space dashboard's view model: the checklists from the registry (and the answered ones it does not know),
 * figures from the store, judgement from the Assessor. (The institution overview is {@link OverviewService}'s.)
 */
@Component
public class DashboardService {
    static final String DASHBOARD_PATH = "/plugins/servlet/cop-launchpad/dashboard";
    private static final String K = "cop-launchpad.dashboard.";

    private final Catalog catalog;
    private final FigureStore figures;
    private final Assessor assessor;
    private final AnswerTexts answerTexts;
    private final ChecklistRegistry registry;
    private final AccessPolicy accessPolicy;
    private final PageManager pageManager;
    private final AppClock clock;
    private final RoundHistory history;
    private final DecisionPanel decisionPanel;
    private final PlanPanel planPanel;
    private final org.coplaunchpad.answers.Transactions transactions;

    /**
     * {@code settings}, {@code rounds}, {@code decisions} and {@code actions} are not read any more: the dashboard
     * reads a space's thresholds and every checklist's rounds, decisions and plan at once through
     * {@link FigureStore#records}. They stay in the
     * signature so that the tests and the benchmark that build a DashboardService are unchanged (to be dropped with
     * them).
     */
    public DashboardService(Catalog catalog, FigureStore figures, Assessor assessor, AnswerTexts answerTexts,
                            ChecklistRegistry registry, AccessPolicy accessPolicy, AppClock clock,
                            org.coplaunchpad.answers.Transactions transactions,
                            @ComponentImport PageManager pageManager) {
        this.transactions = transactions;
        this.planPanel = new PlanPanel(catalog, answerTexts, accessPolicy);
        this.decisionPanel = new DecisionPanel(answerTexts);
        this.clock = clock;
        this.history = new RoundHistory(catalog, answerTexts);
        this.catalog = catalog;
        this.figures = figures;
        this.assessor = assessor;
        this.answerTexts = answerTexts;
        this.registry = registry;
        this.accessPolicy = accessPolicy;
        this.pageManager = pageManager;
    }

    /** The thresholds form as the dashboard shows it: the stored values, or what the admin just typed and why it was refused. */
    public record FormState(String majority, String readiness, String quorum, String error) {
        static FormState of(LaunchThresholds thresholds) {
            return new FormState(Integer.toString(thresholds.majorityPercent()),
                    Integer.toString(thresholds.readinessPercent()), Integer.toString(thresholds.quorum()), "");
        }
    }

    /**
     * The reasons members gave, by checklist and item, without who gave them or when: the dashboard shows what
     * was said, the reasons download (for the same administrators) says by whom.
     */
    /**
     * A confidential checklist's reasons in an order that says nothing about who wrote them or when: shuffled per
     * item (shown only where the item's figures are, see itemRow).
     */
    private static Map<String, List<String>> confidentialReasons(ListedChecklist checklist,
                                                                 Map<String, List<String>> reasons) {
        if (!checklist.confidential()) {
            return reasons;
        }
        Map<String, List<String>> shuffled = new HashMap<>();
        reasons.forEach((item, texts) -> {
            List<String> copy = new ArrayList<>(texts);
            java.util.Collections.shuffle(copy);
            shuffled.put(item, copy);
        });
        return shuffled;
    }

    private Map<String, Map<String, List<String>>> reasonsByItem(String spaceKey) {
        Map<String, Map<String, List<String>>> reasons = new HashMap<>();
        for (StoredReason reason : figures.reasons(spaceKey)) {
            reasons.computeIfAbsent(reason.checklist(), c -> new HashMap<>())
                    .computeIfAbsent(reason.itemKey(), i -> new ArrayList<>()).add(reason.reason());
        }
        return reasons;
    }

    /** A closed round an administrator chose to look at, for one checklist ({@code ?checklist=…&view-round=N}). */
    public record ViewedRound(String checklist, int number) {
    }

    /** A decision form refused for one checklist: what was typed and why, shown again in that checklist's panel. */
    public record RejectedDecision(org.coplaunchpad.decision.DecisionForm form, String error) {
    }

    /**
     * A change of a checklist's plan refused: why, and for a new action what was typed ({@code form} empty for a
     * change of an existing action), shown again in that checklist's panel.
     */
    public record RejectedAction(String checklist, Optional<ActionPlanning.ActionForm> form, String error) {
    }

    /**
     * What one showing of a space's dashboard is asked for: whose page it is ({@code viewer}, in the language of
     * {@code texts}), the context path and XSRF token its forms carry, and what the last request left to say.
     * {@code saved}: the thresholds were just saved. {@code rescanned}: how many checklists the re-scan the viewer just
     * asked for found, if they did. {@code roundMessage}: a message about the last round action (closed, refused,
     * deadline set or refused, decision recorded, plan changed), empty for none. {@code viewedRound}: the closed round
     * chosen in its checklist's panel (the open round elsewhere). {@code rejectedThresholds},
     * {@code rejectedDecision}, {@code rejectedAction}: a refused thresholds form, decision or change of a plan, shown
     * again with what was typed and why.
     */
    public record DashboardRequest(Space space, Viewer viewer, String contextPath, String token, Texts texts,
                                   boolean saved, Optional<Integer> rescanned, String roundMessage,
                                   Optional<ViewedRound> viewedRound, Optional<FormState> rejectedThresholds,
                                   Optional<RejectedDecision> rejectedDecision,
                                   Optional<RejectedAction> rejectedAction) {
        /** The dashboard as a plain visit shows it: nothing saved, re-scanned, chosen or refused, no message. */
        public static DashboardRequest of(Space space, Viewer viewer, String contextPath, String token, Texts texts) {
            return new DashboardRequest(space, viewer, contextPath, token, texts, false, Optional.empty(), "",
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The space's dashboard: every registered checklist is listed, answered or not, and every answered one. Its
     * fourteen statements (whatever the number of its checklists) run in one read transaction: one connection, one
     * begin and one commit, one moment of the data.
     */
    public DashboardView spaceDashboard(DashboardRequest request) {
        return transactions.readTogether("read the launch dashboard of a space", () -> dashboard(request));
    }

    private DashboardView dashboard(DashboardRequest request) {
        Space space = request.space();
        String contextPath = request.contextPath();
        String token = request.token();
        Texts texts = request.texts();
        String spaceKey = space.getKey();
        // The registry's pages and refused moves, the thresholds and their changes, and every checklist's rounds,
        // decisions and plan, at once: seven statements, not four and then six per checklist.
        org.coplaunchpad.answers.SpaceRecords records = figures.records(spaceKey);
        List<org.coplaunchpad.answers.ThresholdChange> thresholdChanges = records.thresholdChanges();
        LaunchThresholds thresholds = records.thresholds();
        List<TimelineDay> timeline = figures.timeline(spaceKey);
        List<ChecklistPanelView> panels = new ArrayList<>();
        PageTitles titles = new PageTitles(request.viewer());
        List<ListedChecklist> listed = ListedChecklist.of(spaceKey, figures.spaceTallies(spaceKey),
                registry.checklists(spaceKey, records.registeredPages()), records.refusedMoves());
        Map<String, Assessment> assessments = new LinkedHashMap<>();
        listed.forEach(checklist -> assessments.put(checklist.name(),
                assessor.assess(checklist.tally(), thresholds, checklist.shared(), checklist.scope(),
                        checklist.confidential())));
        Map<String, Integer> complete = figures.completeRespondents(spaceKey, name -> assessments.containsKey(name)
                ? assessments.get(name).items().stream().map(AssessedItem::key).collect(Collectors.toSet()) : Set.of());
        Map<String, Map<String, List<String>>> reasons = reasonsByItem(spaceKey);
        for (ListedChecklist checklist : listed) {
            panels.add(panel(checklist, assessments.get(checklist.name()), complete.getOrDefault(checklist.name(), 0),
                    confidentialReasons(checklist, reasons.getOrDefault(checklist.name(), Map.of())),
                    timeline.stream().filter(day -> day.checklist().equals(checklist.name())).toList(),
                    spaceKey, titles, contextPath, request.viewedRound()
                            .filter(round -> round.checklist().equals(checklist.name())).map(ViewedRound::number),
                    thresholdChanges, records,
                    request.rejectedDecision().filter(refused -> refused.form().checklist().equals(checklist.name())),
                    request.rejectedAction().filter(refused -> refused.checklist().equals(checklist.name())), token,
                    texts));
        }
        FormState form = request.rejectedThresholds().orElse(FormState.of(thresholds));
        return new DashboardView(spaceKey, space.getName(), texts.languageTag(), labels(texts), panels,
                new ThresholdsFormView(contextPath + DASHBOARD_PATH, token, form.majority(), form.readiness(),
                        form.quorum(), form.error()),
                request.saved(), request.rescanned().map(found -> texts.get(K + "rescanned", found)).orElse(""),
                contextPath + DASHBOARD_PATH + "?spaceKey=" + url(spaceKey) + "&format=csv",
                contextPath + DASHBOARD_PATH + "?spaceKey=" + url(spaceKey) + "&format=csv&part=reasons",
                request.roundMessage());
    }

    /** The open round and the closed ones, as the dashboard shows them (no dates for a confidential checklist). */
    private RoundView round(ListedChecklist listed, Assessment current, RoundStore.OpenRound open,
                            List<RoundStore.ClosedRound> closedRounds, Optional<Integer> viewedRound,
                            Map<Integer, Map<String, String>> actionsTaken, String contextPath, Texts texts) {
        List<ClosedRoundView> closed = closedRounds.stream()
                .map(round -> new ClosedRoundView(round.number(), texts.get(K + "round.title", round.number()),
                        round.figures().respondents(),
                        round.figures().hasScore() ? texts.get(K + "round.score",
                                Share.of(round.figures().scoreNumerator(), round.figures().scoreDenominator()).percent())
                                : texts.get(K + "score.none"),
                        round.figures().decision(), texts.get(K + "decision." + round.figures().decision()),
                        round.figures().confidential() || listed.confidential() ? ""
                                : texts.get(K + "round.closed-at", texts.dateTime(round.closedAt()))))
                .toList();
        Optional<java.time.ZonedDateTime> deadline = open.zonedDeadline();
        return new RoundView(open.number(), texts.get(K + "round.open", open.number()),
                deadline.map(at -> texts.get(K + "round.deadline", texts.dateTime(at.toInstant(), at.getZone())))
                        .orElse(texts.get(K + "round.no-deadline")),
                deadline.map(at -> at.toLocalDate().toString()).orElse(""), open.isPastDeadline(clock.now()), closed,
                history.view(listed.name(), listed.confidential(), open.number(), current, closedRounds, viewedRound,
                        contextPath + DASHBOARD_PATH, actionsTaken, texts));
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

    private ChecklistPanelView panel(ListedChecklist listed, Assessment assessment, int complete,
                                     Map<String, List<String>> reasons, List<TimelineDay> timeline, String spaceKey,
                                     PageTitles titles, String contextPath, Optional<Integer> viewedRound,
                                     List<org.coplaunchpad.answers.ThresholdChange> thresholdChanges,
                                     org.coplaunchpad.answers.SpaceRecords records,
                                     Optional<RejectedDecision> rejectedDecision,
                                     Optional<RejectedAction> rejectedAction, String token, Texts texts) {
        boolean ready = assessment.decision() == Decision.READY;
        RoundStore.OpenRound open = records.openRound(listed.name());
        List<RoundStore.ClosedRound> closedRounds = records.closedRounds(listed.name());
        List<org.coplaunchpad.answers.RecordedDecision> decided = records.decisions(listed.name());
        List<org.coplaunchpad.answers.PlannedAction> plan = records.plan(listed.name());
        List<String> verdictReasons = assessment.verdict().reasons().stream().map(reason -> reasonText(reason, texts))
                .toList();
        List<RecommendationRowView> recommendations = assessment.recommendations().stream()
                .map(score -> new RecommendationRowView(texts.get(K + "recommendation." + score.recommendation().key()),
                        score.met(), score.total(), score.share().percent())).toList();
        List<ItemRowView> items = assessment.blockingFirst().stream()
                .map(item -> itemRow(item, assessment, reasons.getOrDefault(item.key(), List.of()),
                        listed.confidential(), texts)).toList();
        // A confidential checklist has no timeline: the days answers were given could point at who gave them.
        timeline = listed.confidential() ? List.of() : timeline;
        List<TimelineRowView> days = timeline.stream()
                .map(day -> new TimelineRowView(day.day().toString(), day.answered(), day.cleared())).toList();
        int score = assessment.score().map(Share::percent).orElse(0);
        String scoreText = assessment.score()
                .map(share -> texts.get(K + "score", share.percent(), assessment.met(), assessment.items().size()))
                .orElse(texts.get(K + "score.none"));
        List<PageLinkView> links = new ArrayList<>();
        int hidden = 0;
        List<Long> pageIds = listed.registered()
                .map(checklist -> checklist.pages().stream().map(RegisteredPage::pageId).toList())
                .orElse(listed.tally().pageIds());
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
        String decisionKey = decisionKey(assessment.decision());
        return new ChecklistPanelView(
                listed.name(), assessment.shared(),
                texts.get(K + (assessment.shared() ? "mode.shared" : "mode.personal")),
                assessment.respondents(), texts.get(K + "respondents", assessment.respondents()),
                assessment.shared() ? "" : texts.get(K + "complete", complete, assessment.respondents()),
                round(listed, assessment, open, closedRounds, viewedRound, planPanel.actionsTaken(plan, texts),
                        contextPath, texts),
                listed.confidential() ? "" : listed.tally().lastActivity()
                        .map(at -> texts.get(K + "last-activity", texts.dateTime(at))).orElse(""),
                score, assessment.score().isPresent(), scoreText, decisionKey,
                texts.get(K + "decision." + decisionKey), verdictReasons,
                assessment.score().isPresent()
                        ? SvgCharts.scoreRing(score, assessment.rules().readinessPercent(), ready, scoreText) : "",
                SvgCharts.bars(recommendations.stream().map(r -> new SvgCharts.Bar(r.title(), r.percent(), r.percent() == 100))
                        .toList(), texts.get(K + "chart.recommendations")),
                recommendations, items,
                assessment.unmetGates().stream().map(item -> texts.get(item.item().labelKey())).toList(),
                SvgCharts.timeline(timeline.stream().map(day -> new SvgCharts.Day(
                        texts.get(K + "timeline.day", day.day().toString(), day.answered(), day.cleared()), day.answered(),
                        day.cleared())).toList(), texts.get(K + "chart.timeline")),
                days, links, hidden == 0 ? "" : texts.get(K + "pages-hidden", hidden),
                listed.registered().map(RegisteredChecklist::hasModeConflict).orElse(false),
                warnings(listed, spaceKey, titles, texts), notes(listed, assessment, texts),
                decisionPanel.view(listed.name(), open.number(), assessment.decision(), closedRounds, decided,
                        thresholdChanges, rejectedDecision, contextPath + DASHBOARD_PATH, token,
                        planPanel.view(listed.name(), decided.stream().findFirst(), decided.stream().findFirst()
                                        .flatMap(inForce -> closedRounds.stream()
                                                .filter(round -> round.number() == inForce.roundNumber()).findFirst()),
                                plan,
                                java.time.LocalDate.ofInstant(clock.now(), java.time.ZoneOffset.UTC), rejectedAction,
                                contextPath + DASHBOARD_PATH, token, texts),
                        texts));
    }

    /** ready, not-yet, cannot-decide: the decision's key in texts, CSS and the markup contract. */
    static String decisionKey(Decision decision) {
        return switch (decision) {
            case READY -> "ready";
            case NOT_YET -> "not-yet";
            case CANNOT_DECIDE -> "cannot-decide";
        };
    }

    /** not-assessed, unknown, too-few, split, met, not-met. */
    static String stateKey(ItemState state) {
        return state.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private String reasonText(Reason reason, Texts texts) {
        // Java 17 bytecode: no pattern matching in switch, so the reason's kind chooses and a cast reads its figures.
        return switch (reason.kind()) {
            case NO_ANSWERS -> texts.get(K + "reason.no-answers");
            case FUNDAMENTALS_NOT_ASKED -> texts.get(K + "reason.fundamentals-not-asked");
            case GATE_NOT_MET -> {
                Reason.GateNotMet gate = (Reason.GateNotMet) reason;
                yield texts.get(K + "reason.gate", catalog.readinessItem(gate.itemKey())
                        .map(item -> texts.get(item.labelKey())).orElse(gate.itemKey()),
                        texts.get(K + "state." + stateKey(gate.state())));
            }
            case QUORUM_NOT_REACHED -> {
                Reason.QuorumNotReached quorum = (Reason.QuorumNotReached) reason;
                yield texts.get(K + "reason.quorum", quorum.respondents(), quorum.quorum());
            }
            case SCORE_BELOW -> {
                Reason.ScoreBelow below = (Reason.ScoreBelow) reason;
                yield texts.get(K + "reason.score", below.score().percent(), below.thresholdPercent());
            }
        };
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
    private List<String> notes(ListedChecklist listed, Assessment assessment, Texts texts) {
        List<String> notes = new ArrayList<>();
        if (!listed.scope().isEmpty()) {
            notes.add(texts.get(K + "scope", String.join(", ", catalog.readinessSections().stream()
                    .filter(section -> listed.scope().contains(section.key()))
                    .map(section -> texts.get(section.titleKey())).toList())));
        }
        if (listed.registered().map(RegisteredChecklist::sectionsDiffer).orElse(false)) {
            notes.add(texts.get(K + "sections-differ"));
        }
        if (listed.confidential()) {
            notes.add(texts.get(K + (listed.confidentialOnlyByItsAnswers() ? "confidential.sticky" : "confidential")));
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

    private ItemRowView itemRow(AssessedItem item, Assessment assessment, List<String> reasons, boolean confidential,
                                Texts texts) {
        String section = catalog.readinessSection(item.item().sectionKey()).map(s -> texts.get(s.titleKey())).orElse("");
        AnswerCounts counts = item.counts();
        int notAnswered = counts.notAnswered(assessment.respondents());
        Optional<String> hidden = assessment.shared() ? Optional.empty()
                : answerTexts.hiddenFigures(false, true, confidential, counts, texts);
        if (hidden.isPresent()) {
            // Fewer than three opinions on an item of a confidential checklist: no figure, no reason, only its state.
            return new ItemRowView(item.key(), texts.get(item.item().labelKey()), section, item.isGate(), false,
                    0, 0, 0, 0, 0, assessment.respondents(), "\u2014", item.state().isMet(), stateKey(item.state()),
                    texts.get(K + "state." + stateKey(item.state())), item.isBlocking(), hidden.get(), "", "",
                    Answer.NONE.value(), List.of());
        }
        String countsText = assessment.shared() ? "" : texts.get(K + "counts", counts.yes(), counts.partly(), counts.no(),
                counts.unknown(), notAnswered);
        Answer team = item.teamAnswer().orElse(Answer.NONE);
        String answerText = assessment.shared() ? answerTexts.answerName(team, texts) : "";
        String stateText = texts.get(K + "state." + stateKey(item.state()));
        return new ItemRowView(item.key(), texts.get(item.item().labelKey()), section, item.isGate(), true,
                counts.yes(), counts.partly(), counts.no(), counts.unknown(), notAnswered, assessment.respondents(),
                item.agreement().map(share -> share.percent() + "\u00a0%").orElse("\u2014"), item.state().isMet(),
                stateKey(item.state()), stateText, item.isBlocking(), countsText,
                assessment.shared() ? "" : SvgCharts.distribution(counts.yes(), counts.partly(), counts.no(),
                        counts.unknown(), notAnswered, countsText),
                answerText, team.value(), reasons);
    }

    /**
     * Every reason given in a space, for its administrators' CSV: the item, the answer it explains, the reason, and
     * who gave it and when. (A confidential checklist will give neither name nor date: the confidentiality issue.)
     */
    public List<ReasonRow> reasons(Space space, Texts texts) {
        String spaceKey = space.getKey();
        Map<String, ListedChecklist> listed = new HashMap<>();
        ListedChecklist.of(spaceKey, figures.spaceTallies(spaceKey), registry.checklists(spaceKey), List.of())
                .forEach(checklist -> listed.put(checklist.name(), checklist));
        List<String> itemOrder = catalog.readinessItems().stream().map(ReadinessItem::key).toList();
        List<ReasonRow> rows = new ArrayList<>();
        List<ReasonRow> confidential = new ArrayList<>();
        String checklistOfConfidential = null;
        for (StoredReason reason : figures.reasons(spaceKey).stream()
                .sorted(Comparator.comparing(StoredReason::checklist)
                        .thenComparingInt(reason -> itemOrder.indexOf(reason.itemKey()))).toList()) {
            ListedChecklist checklist = listed.get(reason.checklist());
            String label = catalog.readinessItem(reason.itemKey()).map(item -> texts.get(item.labelKey()))
                    .orElse(reason.itemKey());
            if (checklist != null && checklist.confidential()) {
                // No name, no date, no order: and only where the item's figures may be shown.
                if (answerTexts.hiddenFigures(false, true, true, checklist.tally().counts(reason.itemKey()), texts)
                        .isPresent()) {
                    continue;
                }
                if (!reason.checklist().equals(checklistOfConfidential)) {
                    flushShuffled(confidential, rows);
                    checklistOfConfidential = reason.checklist();
                }
                confidential.add(new ReasonRow(reason.checklist(), reason.itemKey(), label, reason.answer().value(),
                        answerTexts.answerName(reason.answer(), texts), reason.reason(), "", ""));
                continue;
            }
            flushShuffled(confidential, rows);
            rows.add(new ReasonRow(reason.checklist(), reason.itemKey(), label,
                    reason.answer().value(), answerTexts.answerName(reason.answer(), texts), reason.reason(),
                    reason.isTeams() ? texts.get(K + "reasons.team", answerTexts.memberName(reason.answeredBy(), texts))
                            : answerTexts.memberName(reason.respondent(), texts),
                    reason.answeredAt().toString()));
        }
        flushShuffled(confidential, rows);
        return rows;
    }

    /** A confidential checklist's reasons, in random order (their order could say who answered first). */
    private static void flushShuffled(List<ReasonRow> confidential, List<ReasonRow> rows) {
        java.util.Collections.shuffle(confidential);
        rows.addAll(confidential);
        confidential.clear();
    }

    /** Every label the dashboard template and its CSV show, by short name (the overview has its own). */
    private static Map<String, String> labels(Texts texts) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String name : List.of("title", "no-answers", "items", "item", "section",
                "agree", "share", "status", "state", "distribution", "reasons", "quorum", "quorum-help", "recommendations", "gate", "rounds", "deadline", "deadline-save", "close-round", "close-round-help", "closed-rounds", "round", "closed-column", "missing", "missing-none", "timeline", "timeline-empty",
                "day", "answered", "cleared", "pages", "csv", "csv-reasons", "thresholds", "majority", "majority-help", "readiness",
                "readiness-help", "save", "saved", "decision", "space", "checklist", "respondents-column", "score-column",
                "answer", "figures", "rescan", "rescan-help", "decision-title", "decision-current", "decision-record",
                "decision-choice", "decision-round", "decision-rationale", "decision-conditions", "decision-submit",
                "decision-history", "decision-conditions-heading", "decision-history-empty")) {
            labels.put(name, texts.get(K + "label." + name));
        }
        return labels;
    }


    private static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
