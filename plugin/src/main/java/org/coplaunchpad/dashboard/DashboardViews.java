package org.coplaunchpad.dashboard;

import java.util.List;
import java.util.Map;

/**
 * The immutable view models of the space dashboard (the overview's are {@link OverviewViews}). Templates call their
 * accessors (e.g. {@code $panel.score()}); every accessor is on the descriptor's Velocity allowlist. Texts are already
 * in the viewer's language; the {@code …Html} members hold SVG this package generated and escaped itself.
 */
public final class DashboardViews {
    private DashboardViews() {
    }

    /** A space's launch dashboard. */
    public record DashboardView(String spaceKey, String spaceName, String language, Map<String, String> labels,
                                List<ChecklistPanelView> checklists, ThresholdsFormView thresholds, boolean saved,
                                String rescannedText, String csvUrl, String reasonsCsvUrl, String roundMessage) {
        public DashboardView {
            labels = Map.copyOf(labels);
            checklists = List.copyOf(checklists);
        }

        public boolean hasChecklists() {
            return !checklists.isEmpty();
        }
    }

    /**
     * One checklist of the space: the verdict and its reasons, the score (none when no recommendation is in scope),
     * the five recommendations, the items (those that block the verdict first), timeline, pages (those the viewer
     * may not see only counted), and what the registry found wrong (warnings: mode conflicts, refused moves) or worth
     * knowing (notes: the scope, pages showing different sections, answers given as ticks).
     */
    public record ChecklistPanelView(String name, boolean shared, String modeText, int respondents, String respondentsText,
                                     String completeText, RoundView round, String lastActivityText, int score,
                                     boolean hasScore,
                                     String scoreText, String decisionKey, String decisionText, List<String> reasons,
                                     String scoreChartHtml, String recommendationChartHtml,
                                     List<RecommendationRowView> recommendations, List<ItemRowView> items,
                                     List<String> missing, String timelineChartHtml, List<TimelineRowView> timeline,
                                     List<PageLinkView> pages, String hiddenPagesText, boolean modeConflict,
                                     List<String> warnings, List<String> notes, DecisionPanelView decision) {
        public ChecklistPanelView {
            warnings = List.copyOf(warnings);
            notes = List.copyOf(notes);
            reasons = List.copyOf(reasons);
            recommendations = List.copyOf(recommendations);
            items = List.copyOf(items);
            missing = List.copyOf(missing);
            timeline = List.copyOf(timeline);
            pages = List.copyOf(pages);
        }
    }

    /**
     * The checklist's open round (its number, its deadline as the zone it was chosen in shows it, and that date for
     * the form) and the closed ones, oldest first, with what was frozen when each closed; {@code history} looks at
     * one round and compares it with the one before (shown once a round was closed).
     */
    public record RoundView(int number, String title, String deadlineText, String deadlineDate, boolean pastDeadline,
                            List<ClosedRoundView> closed, RoundHistoryView history) {
        public RoundView {
            closed = List.copyOf(closed);
        }

        public boolean hasClosed() {
            return !closed.isEmpty();
        }
    }

    /**
     * The checklist's launch decisions: the one in force ({@code current}, null before any: then {@code hasCurrent}
     * is false), the form that records the next, and the history of decisions and threshold changes, newest first.
     */
    public record DecisionPanelView(String id, DecisionEntryView current, String noneText, DecisionFormView form,
                                    List<HistoryEntryView> history, PlanView plan) {
        public DecisionPanelView {
            history = List.copyOf(history);
        }

        public boolean hasCurrent() {
            return current != null;
        }
    }

    /**
     * A decision as recorded: what, on which round, by whom, when, why (plain text) and on which conditions, with
     * the round's frozen figures in brief and whether it followed the app's suggestion then.
     */
    public record DecisionEntryView(long id, String decisionKey, String decisionText, int roundNumber, String roundText,
                                    String byText, String atText, String atIso, String rationale, List<String> conditions,
                                    String figuresText, String suggestionText, boolean followsSuggestion) {
        public DecisionEntryView {
            conditions = List.copyOf(conditions);
        }

        public boolean hasRationale() {
            return !rationale.isEmpty();
        }

        public boolean hasConditions() {
            return !conditions.isEmpty();
        }
    }

    /**
     * The form recording a decision: the four decisions, the rationale and conditions (as typed when refused), the
     * round it is taken on (the last closed one, or the open one, which it closes), the suggestion of each, and the
     * refusal's message.
     */
    public record DecisionFormView(String action, String token, String idPrefix, List<ChoiceView> decisions,
                                   List<ChoiceView> rounds, String rationale, String conditions, String helpText,
                                   String error) {
        public DecisionFormView {
            decisions = List.copyOf(decisions);
            rounds = List.copyOf(rounds);
        }

        public boolean hasError() {
            return !error.isEmpty();
        }
    }

    /**
     * The checklist's action plan: its actions (open and done, oldest first) and, while the decision in force is
     * "not yet" or "launch with conditions", the form adding one about an item of the decided round that was not met
     * or about one of its conditions ({@code open}).
     */
    public record PlanView(String id, Map<String, String> labels, boolean open, String introText,
                           List<ActionView> actions, ActionFormView form, String noActionsText) {
        public PlanView {
            labels = Map.copyOf(labels);
            actions = List.copyOf(actions);
        }

        public boolean hasActions() {
            return !actions.isEmpty();
        }
    }

    /**
     * One action: what it is about, what to do, its owner (a name, or "a removed user"), its due day (and ISO, for
     * the script that says "overdue" in the viewer's own time zone), whether it is overdue today (UTC without the
     * script), its status, and its history in words. {@code ownerUsername} fills the reassign form.
     */
    public record ActionView(int id, String idPrefix, String subjectText, String description, String ownerText,
                             String ownerUsername, String dueText, String dueIso, boolean overdue, String overdueText,
                             String statusKey, String statusText, String doneText, List<String> history) {
        public ActionView {
            history = List.copyOf(history);
        }

        public boolean hasDescription() {
            return !description.isEmpty();
        }

        public boolean isOpen() {
            return "open".equals(statusKey);
        }
    }

    /** The form adding an action: the subjects it may be about, and what was typed when it was refused. */
    public record ActionFormView(String action, String token, String idPrefix, List<OptionView> subjects, String owner,
                                 String due, String description, String error) {
        public ActionFormView {
            subjects = List.copyOf(subjects);
        }

        public boolean hasError() {
            return !error.isEmpty();
        }
    }

    /** An option of a select: its value, label and whether it is chosen. */
    public record OptionView(String value, String label, boolean selected) {
    }

    /** A radio button of a form: its value, label, id and whether it is chosen. */
    public record ChoiceView(String value, String label, String inputId, boolean checked) {
    }

    /** One line of a checklist's decision history: a decision, or a change of the space's thresholds. */
    public record HistoryEntryView(String kind, String atIso, DecisionEntryView decision, String text) {
        public boolean isDecision() {
            return decision != null;
        }
    }

    /** A closed round as frozen: never recomputed. {@code closedText} is empty for a confidential checklist. */
    public record ClosedRoundView(int number, String title, int respondents, String scoreText, String decisionKey,
                                  String decisionText, String closedText) {
    }

    /** One of the seed's five recommendations in scope: its items met, of how many. */
    public record RecommendationRowView(String title, int met, int total, int percent) {
    }

    /**
     * One item: its state (met, not met, split, unknown, too few, not assessed) and, for members, how many answered
     * yes, partly, no, I don't know and how many of the respondents left it unanswered, with the agreement; for the
     * team, its answer. {@code reasons} are the reasons given, without names. {@code distributionHtml} is SVG this
     * package drew and escaped. {@code figuresShown} is false for an item of a confidential checklist with fewer
     * than three opinions: then every count is 0 and must not be shown, and there are no reasons.
     */
    public record ItemRowView(String key, String label, String sectionTitle, boolean gate, boolean figuresShown,
                              int yes, int partly, int no,
                              int unknown, int notAnswered, int respondents, String agreementText, boolean met,
                              String stateKey, String stateText, boolean blocking, String countsText,
                              String distributionHtml, String answerText, String answerValue, List<String> reasons) {
        public ItemRowView {
            reasons = List.copyOf(reasons);
        }

        public boolean hasReasons() {
            return !reasons.isEmpty();
        }
    }

    /** Answers given and answers cleared on one day. */
    public record TimelineRowView(String day, int answered, int cleared) {
    }

    public record PageLinkView(String title, String url) {
    }

    /** The thresholds form: current values (or the values just rejected, with the error). */
    public record ThresholdsFormView(String action, String token, String majority, String readiness, String quorum,
                                     String error) {
        public boolean hasError() {
            return !error.isEmpty();
        }
    }

    /**
     * A checklist's rounds seen one at a time and compared (shown once a round was closed): the selector (a GET form,
     * {@code view-round} one of {@code options}' values), the round viewed — the open one by default, whose figures
     * are the panel's — its frozen figures when it is a closed one, its comparison with the round before it, and the
     * score over every round ({@code trendChartHtml} is SVG this package drew and escaped; {@code trend} the same
     * figures as a table). {@code labels} are the section's headings and column titles.
     */
    public record RoundHistoryView(Map<String, String> labels, String selectorAction, String selectId,
                                   List<RoundOptionView> options, boolean closedViewed, String viewedText,
                                   FrozenRoundView viewed, String comparisonTitle, String noComparisonText,
                                   String comparisonSummary, String beforeHeading, String afterHeading,
                                   List<ItemChangeView> changes, String trendChartHtml, List<TrendRowView> trend) {
        public RoundHistoryView {
            labels = Map.copyOf(labels);
            options = List.copyOf(options);
            changes = List.copyOf(changes);
            trend = List.copyOf(trend);
        }

        public boolean hasComparison() {
            return !changes.isEmpty();
        }
    }

    /** One round the selector offers: {@code value} goes in {@code view-round}. */
    public record RoundOptionView(int value, String text, boolean selected) {
    }

    /**
     * A closed round's frozen figures as the selector shows them (never recomputed): empty items for the open round.
     * An item's counts are hidden ({@code figuresShown} false, counts 0) in a confidential checklist below three
     * opinions in that round.
     */
    public record FrozenRoundView(int number, String scoreText, String decisionKey, String decisionText,
                                  String respondentsText, boolean shared, String itemsCaption,
                                  List<FrozenItemView> items) {
        public FrozenRoundView {
            items = List.copyOf(items);
        }
    }

    /** One item of a closed round, as judged when it closed. */
    public record FrozenItemView(String key, String label, String sectionTitle, boolean gate, boolean figuresShown,
                                 int yes, int partly, int no, int unknown, String countsText, String answerText,
                                 String stateKey, String stateText) {
    }

    /** One item compared with the round before: the two states' texts (« not asked » when outside a scope). */
    public record ItemChangeView(String key, String label, String beforeText, String afterText, String changeKey,
                                 String changeText, String actionText) {
    }

    /** One round's score in the trend table: « — » without a score; {@code open} for the round under way. */
    public record TrendRowView(int number, String roundText, boolean hasScore, int percent, String scoreText,
                               String decisionText, boolean open) {
    }
}
