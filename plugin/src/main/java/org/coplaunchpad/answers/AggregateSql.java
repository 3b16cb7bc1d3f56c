package org.coplaunchpad.answers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The aggregation SQL of the dashboard and the overview, and the dashboard's per-space reads of the rounds,
 * decisions and plans (what Active Objects would read per checklist, with an entity proxy per row): standard SQL only (GROUP BY, COUNT(DISTINCT), SUM(CASE),
 * IN), identifiers quoted the way the connection's database wants them (AO creates upper-case names, which
 * PostgreSQL and Oracle only find quoted). Paging uses JDBC's maxRows rather than a vendor's LIMIT syntax.
 * Parameters are listed in the order the statement binds them.
 */
final class AggregateSql {
    /** The quotings JDBC drivers report (PostgreSQL, H2, Oracle: "; MySQL, MariaDB: `), each built once. */
    private static final AggregateSql DOUBLE_QUOTES = new AggregateSql("\"");
    private static final AggregateSql BACKTICKS = new AggregateSql("`");
    private static final AggregateSql UNQUOTED = new AggregateSql("");

    private final String quote;
    /*
     * The statements every view of a space dashboard runs, built once per quoting: the text never changes, and
     * concatenating it again for each query was a seventh of the view model's time.
     */
    private final String pagesPerChecklist;
    private final String history;
    private final String answeredItems;
    private final String reasons;
    private final String roundsOfSpace;
    private final String decisionsOfSpace;
    private final String thresholdsOfSpace;
    private final String thresholdChangesOfSpace;
    private final String plansOfSpace;
    private final String registeredPagesOfSpace;
    private final String refusedMovesOfSpace;
    private final String respondentsPerChecklistOfSpace;
    private final String respondentsPerChecklistOfChecklist;
    private final String countsPerItemOfSpace;
    private final String countsPerItemOfChecklist;
    private final String sharedAnswersOfSpace;
    private final String sharedAnswersOfChecklist;
    // An answer's statements and a checklist page's read: the hot paths.
    private final String ownAnswer;
    private final String insertAnswer;
    private final String updateAnswer;
    private final String insertAnswerChange;
    private final String checklistAnswers;
    private final String registeredPagesOfChecklist;
    private final String openRoundOfChecklist;
    // A decision macro's read: the other hot path of a page view.
    private final String latestDecisionWithRound;
    private final String decisionPlan;
    private final String lockAnswers;
    private final String answeredSummary;
    private final String lockSummary;
    private final String checklistToJudge;

    private AggregateSql(String quote) {
        this.quote = quote;
        pagesPerChecklist = buildPagesPerChecklist();
        history = buildHistory();
        answeredItems = buildAnsweredItems();
        reasons = buildReasons();
        roundsOfSpace = buildRoundsOfSpace();
        decisionsOfSpace = buildDecisionsOfSpace();
        thresholdsOfSpace = buildThresholdsOfSpace();
        thresholdChangesOfSpace = buildThresholdChangesOfSpace();
        plansOfSpace = buildPlansOfSpace();
        registeredPagesOfSpace = buildRegisteredPagesOfSpace();
        refusedMovesOfSpace = buildRefusedMovesOfSpace();
        respondentsPerChecklistOfSpace = buildRespondentsPerChecklist(false);
        respondentsPerChecklistOfChecklist = buildRespondentsPerChecklist(true);
        countsPerItemOfSpace = buildCountsPerItem(false);
        countsPerItemOfChecklist = buildCountsPerItem(true);
        sharedAnswersOfSpace = buildSharedAnswers(false);
        sharedAnswersOfChecklist = buildSharedAnswers(true);
        ownAnswer = buildOwnAnswer();
        insertAnswer = buildInsertAnswer();
        updateAnswer = buildUpdateAnswer();
        insertAnswerChange = buildInsertAnswerChange();
        checklistAnswers = buildChecklistAnswers();
        registeredPagesOfChecklist = buildRegisteredPagesOfChecklist();
        openRoundOfChecklist = buildOpenRoundOfChecklist();
        latestDecisionWithRound = buildLatestDecisionWithRound();
        decisionPlan = buildDecisionPlan();
        lockAnswers = buildLockAnswers();
        answeredSummary = buildAnsweredSummary();
        lockSummary = buildLockSummary();
        checklistToJudge = buildChecklistToJudge();
    }

    /** The statements as the connection's database wants its identifiers quoted. */
    static AggregateSql of(Connection connection) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString();
        String quote = q == null || q.isBlank() ? "" : q;
        return switch (quote) {
            case "\"" -> DOUBLE_QUOTES;
            case "`" -> BACKTICKS;
            case "" -> UNQUOTED;
            default -> new AggregateSql(quote);
        };
    }

    String pagesPerChecklist() {
        return pagesPerChecklist;
    }

    String ownAnswer() {
        return ownAnswer;
    }

    String insertAnswer() {
        return insertAnswer;
    }

    String updateAnswer() {
        return updateAnswer;
    }

    String insertAnswerChange() {
        return insertAnswerChange;
    }

    String checklistAnswers() {
        return checklistAnswers;
    }

    String lockAnswers() {
        return lockAnswers;
    }

    String registeredPagesOfChecklist() {
        return registeredPagesOfChecklist;
    }

    String openRoundOfChecklist() {
        return openRoundOfChecklist;
    }

    String latestDecisionWithRound() {
        return latestDecisionWithRound;
    }

    String decisionPlan() {
        return decisionPlan;
    }

    String answeredSummary() {
        return answeredSummary;
    }

    String checklistToJudge() {
        return checklistToJudge;
    }

    String history() {
        return history;
    }

    String answeredItems() {
        return answeredItems;
    }

    String reasons() {
        return reasons;
    }

    String roundsOfSpace() {
        return roundsOfSpace;
    }

    String decisionsOfSpace() {
        return decisionsOfSpace;
    }

    String thresholdsOfSpace() {
        return thresholdsOfSpace;
    }

    String thresholdChangesOfSpace() {
        return thresholdChangesOfSpace;
    }

    String plansOfSpace() {
        return plansOfSpace;
    }

    String registeredPagesOfSpace() {
        return registeredPagesOfSpace;
    }

    String refusedMovesOfSpace() {
        return refusedMovesOfSpace;
    }

    String respondentsPerChecklist(boolean oneChecklist) {
        return oneChecklist ? respondentsPerChecklistOfChecklist : respondentsPerChecklistOfSpace;
    }

    String countsPerItem(boolean oneChecklist) {
        return oneChecklist ? countsPerItemOfChecklist : countsPerItemOfSpace;
    }

    String sharedAnswers(boolean oneChecklist) {
        return oneChecklist ? sharedAnswersOfChecklist : sharedAnswersOfSpace;
    }


    String id(String name) {
        return quote + name + quote;
    }

    private String answers() {
        return id(AoTables.ANSWER);
    }

    /** An answer's own row: ID, answer, reason, confidential, revision, answered by, at. Parameter: its key. */
    private String buildOwnAnswer() {
        return "SELECT " + ids("ID", "ANSWER", "REASON", "CONFIDENTIAL", "REVISION", "ANSWERED_BY", "ANSWERED_AT")
                + " FROM " + answers() + " WHERE " + id("ANSWER_KEY") + " = ?";
    }

    /**
     * A checklist's answer rows as its macro shows them: item, respondent, answer, given as tick, confidential,
     * previous answer, answered by, at, reason (read only for the row shown). Parameters: space, checklist.
     */
    private String buildChecklistAnswers() {
        return "SELECT " + ids("ITEM_KEY", "RESPONDENT", "ANSWER", "GIVEN_AS_TICK", "CONFIDENTIAL", "PREVIOUS_ANSWER",
                "ANSWERED_BY", "ANSWERED_AT", "REASON") + " FROM " + answers() + " WHERE " + ofSpace(true);
    }

    /** A new answer (its ID from the table's own generator, as Active Objects created it), parameters as named. */
    private String buildInsertAnswer() {
        return insert(answers(), "ANSWER_KEY", "SPACE_KEY", "CHECKLIST", "ITEM_KEY", "RESPONDENT", "ANSWER", "REASON",
                "GIVEN_AS_TICK", "CONFIDENTIAL", "REVISION", "PAGE_ID", "ANSWERED_BY", "ANSWERED_AT");
    }

    /** A changed answer, if still at the revision read: parameters as named, then its ID and that revision. */
    private String buildUpdateAnswer() {
        List<String> set = new ArrayList<>();
        for (String column : List.of("ANSWER", "REASON", "GIVEN_AS_TICK", "CONFIDENTIAL", "REVISION", "PAGE_ID",
                "ANSWERED_BY", "ANSWERED_AT")) {
            set.add(id(column) + " = ?");
        }
        return "UPDATE " + answers() + " SET " + String.join(", ", set) + " WHERE " + id("ID") + " = ? AND "
                + id("REVISION") + " = ?";
    }

    /** A history row, parameters as named. */
    private String buildInsertAnswerChange() {
        return insert(id(AoTables.ANSWER_CHANGE), "CHANGE_KEY", "SPACE_KEY", "CHECKLIST", "ITEM_KEY", "RESPONDENT",
                "REVISION", "WAS_ANSWER", "NOW_ANSWER", "REASON_CHANGED", "GIVEN_AS_TICK", "CHANGED_BY", "CHANGED_AT",
                "PAGE_ID");
    }

    private String insert(String table, String... columns) {
        return "INSERT INTO " + table + " (" + ids(columns) + ") VALUES (" + placeholders(columns.length) + ")";
    }

    private String ids(String... columns) {
        List<String> quoted = new ArrayList<>();
        for (String column : columns) {
            quoted.add(id(column));
        }
        return String.join(", ", quoted);
    }

    /** SUM(CASE …) of one answer: bind the answer's value. */
    private String count(String condition) {
        return "SUM(CASE WHEN " + condition + id("ANSWER") + " = ? THEN 1 ELSE 0 END)";
    }

    /** The four counts of a member's answers (yes, partly, no, unknown): bind TEAM then the value, four times. */
    private String memberCounts() {
        String member = id("RESPONDENT") + " <> ? AND ";
        return count(member) + " AS N_YES, " + count(member) + " AS N_PARTLY, " + count(member) + " AS N_NO, "
                + count(member) + " AS N_UNKNOWN";
    }

    /** Members who answered: distinct respondents, the team aside, with at least one answer other than none. */
    private String respondents() {
        return "COUNT(DISTINCT CASE WHEN " + id("RESPONDENT") + " <> ? AND " + id("ANSWER") + " <> ? THEN "
                + id("RESPONDENT") + " END)";
    }

    /**
     * Per checklist of a space: members who answered, the last activity, how many answers are still the ticks of
     * the release before model version 2, and how many were given confidential. Parameters: TEAM, none, true, true,
     * space (and the checklist).
     */
    private String buildRespondentsPerChecklist(boolean oneChecklist) {
        return "SELECT " + id("CHECKLIST") + ", " + respondents() + ", MAX(" + id("ANSWERED_AT") + "), SUM(CASE WHEN "
                + id("GIVEN_AS_TICK") + " = ? THEN 1 ELSE 0 END), " + confidentialAnswers() + " FROM " + answers()
                + " WHERE " + ofSpace(oneChecklist) + " GROUP BY " + id("CHECKLIST");
    }

    /** The space's rows, or (bind the checklist after the space) one checklist's. */
    private String ofSpace(boolean oneChecklist) {
        return id("SPACE_KEY") + " = ?" + (oneChecklist ? " AND " + id("CHECKLIST") + " = ?" : "");
    }

    /** How many answers were given while their checklist was confidential. Parameter: true. */
    private String confidentialAnswers() {
        return "SUM(CASE WHEN " + id("CONFIDENTIAL") + " = ? THEN 1 ELSE 0 END)";
    }

    /** Per checklist and item of a space: how members answered it. Parameters: (TEAM, value) × 4, space (and checklist). */
    private String buildCountsPerItem(boolean oneChecklist) {
        return "SELECT " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + memberCounts() + " FROM " + answers()
                + " WHERE " + ofSpace(oneChecklist) + " GROUP BY " + id("CHECKLIST") + ", " + id("ITEM_KEY");
    }

    /**
     * Everything judging one checklist needs, in one statement: an answer runs it while it holds the checklist's
     * summary lock, where each round trip is paid by every answer waiting for that lock. Rows of five kinds, told
     * apart by their first column (KIND) and sorted by it, then by the second (ORD); eleven columns, KIND, ORD, S1, S2,
     * S3, N1, N2, N3, N4, FLAG, LAST_AT, each of one type in every kind (NULL where a kind has nothing):
     * <ul>
     * <li>{@code A}, always one row: its answer rows' aggregate — N1 members who answered, N2 answers still ticks, N3
     * answers given confidential, N4 answer rows; LAST_AT the last activity;</li>
     * <li>{@code I}, one row per item answered: S1 the item, N1 to N4 the members' yes, partly, no, unknown;</li>
     * <li>{@code P}, its registered pages in the order of registration (ORD the registry row): N1 the page, S1 its
     * mode, S2 its sections, S3 its reveal, FLAG whether confidential, LAST_AT when registered;</li>
     * <li>{@code S}, the space's thresholds if its administrators changed them: N1 majority, N2 readiness, N3 quorum;</li>
     * <li>{@code T}, the team's answers: S1 the item, S2 the answer, S3 who gave it, LAST_AT when.</li>
     * </ul>
     * Parameters: {@link #checklistToJudgeParameters}.
     */
    private String buildChecklistToJudge() {
        String ofChecklist = " WHERE " + ofSpace(true);
        // The pages first: PostgreSQL types a UNION's columns pair by pair from the left, and two NULLs make a text
        // column that a later boolean or number cannot join; between them, the first two kinds type every column.
        return "SELECT 'P' AS KIND, " + id("ID") + " AS ORD, " + id("MODE") + " AS S1, " + id("SECTIONS") + " AS S2, "
                + id("REVEAL") + " AS S3, " + id("PAGE_ID") + " AS N1, NULL AS N2, NULL AS N3, NULL AS N4, "
                + id("CONFIDENTIAL") + " AS FLAG, " + id("REGISTERED_AT") + " AS LAST_AT FROM "
                + id(AoTables.CHECKLIST_PAGE) + ofChecklist
                + " UNION ALL SELECT 'A', 0, NULL, NULL, NULL, " + respondents() + ", SUM(CASE WHEN "
                + id("GIVEN_AS_TICK") + " = ? THEN 1 ELSE 0 END), " + confidentialAnswers() + ", COUNT(*), NULL, MAX("
                + id("ANSWERED_AT") + ") FROM " + answers() + ofChecklist
                + " UNION ALL SELECT 'I', 0, " + id("ITEM_KEY") + ", NULL, NULL, " + memberCounts() + ", NULL, NULL FROM "
                + answers() + ofChecklist + " GROUP BY " + id("ITEM_KEY")
                + " UNION ALL SELECT 'S', 0, NULL, NULL, NULL, " + id("MAJORITY_PERCENT") + ", " + id("READINESS_PERCENT")
                + ", " + id("QUORUM") + ", NULL, NULL, NULL FROM " + id(AoTables.LAUNCH_SETTINGS) + " WHERE "
                + id("SPACE_KEY") + " = ?"
                + " UNION ALL SELECT 'T', 0, " + id("ITEM_KEY") + ", " + id("ANSWER") + ", " + id("ANSWERED_BY")
                + ", NULL, NULL, NULL, NULL, NULL, " + id("ANSWERED_AT") + " FROM " + answers() + ofChecklist + " AND "
                + id("RESPONDENT") + " = ? AND " + id("ANSWER") + " <> ?"
                + " ORDER BY 1, 2";
    }

    /** The parameters of {@link #checklistToJudge}, in the order it binds them. */
    static List<Object> checklistToJudgeParameters(String spaceKey, String checklist) {
        List<Object> parameters = new ArrayList<>(List.of(spaceKey, checklist, AnswerKey.TEAM, Answer.NONE.value(),
                true, true, spaceKey, checklist));
        parameters.addAll(memberCountParameters());
        parameters.addAll(List.of(spaceKey, checklist, spaceKey, spaceKey, checklist, AnswerKey.TEAM,
                Answer.NONE.value()));
        return parameters;
    }

    /** The team's answers of a space (at most one row per checklist and item). Parameters: space (and checklist), TEAM,
     * none. */
    private String buildSharedAnswers(boolean oneChecklist) {
        return "SELECT " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("ANSWER") + ", " + id("ANSWERED_BY")
                + ", " + id("ANSWERED_AT") + " FROM " + answers() + " WHERE " + ofSpace(oneChecklist) + " AND "
                + id("RESPONDENT") + " = ? AND " + id("ANSWER") + " <> ?";
    }

    /** The pages each checklist of a space was answered on, most recent first. */
    private String buildPagesPerChecklist() {
        return "SELECT " + id("CHECKLIST") + ", " + id("PAGE_ID") + ", MAX(" + id("ANSWERED_AT") + ") AS LAST_AT"
                + " FROM " + answers() + " WHERE " + id("SPACE_KEY") + " = ?"
                + " GROUP BY " + id("CHECKLIST") + ", " + id("PAGE_ID") + " ORDER BY LAST_AT DESC";
    }

    /** A space's changes of answers (not of reasons alone), oldest first: streamed into days, never held whole. */
    private String buildHistory() {
        return "SELECT " + id("CHECKLIST") + ", " + id("CHANGED_AT") + ", " + id("NOW_ANSWER") + " FROM "
                + id(AoTables.ANSWER_CHANGE) + " WHERE " + id("SPACE_KEY") + " = ? AND " + id("WAS_ANSWER") + " <> "
                + id("NOW_ANSWER") + " ORDER BY " + id("CHANGED_AT") + ", " + id("ID");
    }

    /** The items each member answered, per checklist of a space, a member's rows together. Parameters: space, TEAM, none. */
    private String buildAnsweredItems() {
        return "SELECT " + id("CHECKLIST") + ", " + id("RESPONDENT") + ", " + id("ITEM_KEY") + " FROM " + answers()
                + " WHERE " + id("SPACE_KEY") + " = ? AND " + id("RESPONDENT") + " <> ? AND " + id("ANSWER") + " <> ?"
                + " ORDER BY " + id("CHECKLIST") + ", " + id("RESPONDENT");
    }

    /** A space's answers that have a reason, for the reasons export. Parameters: space, none. */
    private String buildReasons() {
        return "SELECT " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("RESPONDENT") + ", " + id("ANSWER") + ", "
                + id("REASON") + ", " + id("ANSWERED_BY") + ", " + id("ANSWERED_AT") + " FROM " + answers() + " WHERE "
                + id("SPACE_KEY") + " = ? AND " + id("ANSWER") + " <> ? AND " + id("REASON") + " IS NOT NULL ORDER BY "
                + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("ANSWERED_AT") + ", " + id("ID");
    }

    /**
     * Every round of a space, open and closed, each with its frozen items (none for an open round): one row per item,
     * a round's rows together, by round number then item as they were frozen. What the dashboard shows of every
     * checklist's rounds, in one statement instead of three per checklist. Parameter: space.
     */
    private String buildRoundsOfSpace() {
        return "SELECT R." + id("ID") + ", R." + id("CHECKLIST") + ", R." + id("ROUND_NUMBER") + ", R."
                + id("OPENED_AT") + ", R." + id("CLOSED_AT") + ", R." + id("DEADLINE") + ", R." + id("DEADLINE_ZONE")
                + ", R." + id("RESPONDENTS") + ", R." + id("SCORE_NUMERATOR") + ", R." + id("SCORE_DENOMINATOR")
                + ", R." + id("DECISION") + ", R." + id("SCOPE") + ", R." + id("MAJORITY_PERCENT") + ", R."
                + id("READINESS_PERCENT") + ", R." + id("QUORUM") + ", R." + id("SHARED") + ", R." + id("CONFIDENTIAL")
                + ", I." + id("ITEM_KEY") + ", I." + id("YES_COUNT") + ", I." + id("PARTLY_COUNT") + ", I."
                + id("NO_COUNT") + ", I." + id("UNKNOWN_COUNT") + ", I." + id("STATE") + ", I." + id("RECOMMENDATION")
                + ", I." + id("GATE") + ", I." + id("TEAM_ANSWER") + " FROM " + id(AoTables.ASSESSMENT_ROUND)
                + " R LEFT JOIN " + id(AoTables.ROUND_ITEM) + " I ON I." + id("ROUND_ID") + " = R." + id("ID")
                + " WHERE R." + id("SPACE_KEY") + " = ? ORDER BY R." + id("ROUND_NUMBER") + ", R." + id("ID") + ", I."
                + id("ID");
    }

    /** A space's registered pages and their checklists' settings, in the order of registration. Parameter: space. */
    private String buildRegisteredPagesOfSpace() {
        return "SELECT " + id("SPACE_KEY") + ", " + id("PAGE_ID") + ", " + id("CHECKLIST") + ", " + id("MODE") + ", "
                + id("SECTIONS") + ", " + id("REVEAL") + ", " + id("CONFIDENTIAL") + ", " + id("REGISTERED_AT")
                + " FROM " + id(AoTables.CHECKLIST_PAGE) + " WHERE " + id("SPACE_KEY") + " = ? ORDER BY " + id("ID");
    }

    /** The registered pages of one checklist of a space, as {@link #buildRegisteredPagesOfSpace}. Parameters: space, checklist. */
    private String buildRegisteredPagesOfChecklist() {
        return "SELECT " + id("SPACE_KEY") + ", " + id("PAGE_ID") + ", " + id("CHECKLIST") + ", " + id("MODE") + ", "
                + id("SECTIONS") + ", " + id("REVEAL") + ", " + id("CONFIDENTIAL") + ", " + id("REGISTERED_AT")
                + " FROM " + id(AoTables.CHECKLIST_PAGE) + " WHERE " + ofSpace(true) + " ORDER BY " + id("ID");
    }

    /**
     * The open round of one checklist of a space (at most one; the highest number if ever more): its number, deadline
     * and the deadline's zone. Parameters: space, checklist.
     */
    private String buildOpenRoundOfChecklist() {
        return "SELECT " + ids("ROUND_NUMBER", "DEADLINE", "DEADLINE_ZONE") + " FROM " + id(AoTables.ASSESSMENT_ROUND)
                + " WHERE " + ofSpace(true) + " AND " + id("CLOSED_AT") + " IS NULL ORDER BY " + id("ROUND_NUMBER")
                + " DESC";
    }

    /**
     * The latest decision of a checklist with what it shows of the round it was taken on, if that round was closed:
     * the decision's columns, then the round's ID (null when it has no closed round), respondents, score, suggestion,
     * shared and confidential, then one item's state and ID (null: no item); one row per item of the round, in the order they were frozen
     * (one row, its round columns null, when the round has no item or none was closed; no row without a decision).
     * Parameters: space, checklist.
     */
    private String buildLatestDecisionWithRound() {
        return "SELECT D." + id("ID") + ", D." + id("SPACE_KEY") + ", D." + id("CHECKLIST") + ", D." + id("ROUND_NUMBER")
                + ", D." + id("DECISION") + ", D." + id("RATIONALE") + ", D." + id("CONDITION_LINES") + ", D."
                + id("DECIDED_BY") + ", D." + id("DECIDED_AT") + ", R." + id("ID") + ", R." + id("RESPONDENTS") + ", R."
                + id("SCORE_NUMERATOR") + ", R." + id("SCORE_DENOMINATOR") + ", R." + id("DECISION") + ", R."
                + id("SHARED") + ", R." + id("CONFIDENTIAL") + ", I." + id("STATE") + ", I." + id("ID")
                + " FROM " + id(AoTables.LAUNCH_DECISION) + " D LEFT JOIN " + id(AoTables.ASSESSMENT_ROUND) + " R ON R."
                + id("SPACE_KEY") + " = D." + id("SPACE_KEY") + " AND R." + id("CHECKLIST") + " = D." + id("CHECKLIST")
                + " AND R." + id("ROUND_NUMBER") + " = D." + id("ROUND_NUMBER") + " AND R." + id("CLOSED_AT")
                + " IS NOT NULL LEFT JOIN " + id(AoTables.ROUND_ITEM) + " I ON I." + id("ROUND_ID") + " = R." + id("ID")
                + " WHERE D." + id("ID") + " = (SELECT MAX(L." + id("ID") + ") FROM " + id(AoTables.LAUNCH_DECISION)
                + " L WHERE L." + id("SPACE_KEY") + " = ? AND L." + id("CHECKLIST") + " = ?) ORDER BY I." + id("ID");
    }

    /**
     * A decision's actions not deleted, oldest first, without their changes (the page does not show them).
     * Parameters: space, checklist, the decision's ID, deleted.
     */
    private String buildDecisionPlan() {
        return "SELECT " + ids("ID", "SPACE_KEY", "CHECKLIST", "DECISION_ID", "ROUND_NUMBER", "ITEM_KEY",
                "CONDITION_TEXT", "DESCRIPTION", "OWNER", "DUE_DATE", "STATUS", "DONE_BY", "DONE_AT") + " FROM "
                + id(AoTables.LAUNCH_ACTION) + " WHERE " + ofSpace(true) + " AND " + id("DECISION_ID") + " = ? AND "
                + id("STATUS") + " <> ? ORDER BY " + id("ID");
    }

    /** The moves from or to a space that were refused, oldest first. Parameters: space, space. */
    private String buildRefusedMovesOfSpace() {
        return "SELECT " + id("CHECKLIST") + ", " + id("FROM_SPACE") + ", " + id("TO_SPACE") + ", " + id("PAGE_ID")
                + ", " + id("REFUSED_AT") + " FROM " + id(AoTables.REFUSED_MOVE) + " WHERE " + id("FROM_SPACE")
                + " = ? OR " + id("TO_SPACE") + " = ? ORDER BY " + id("ID");
    }

    /** A space's thresholds, if its administrators changed the defaults (at most one row). Parameter: space. */
    private String buildThresholdsOfSpace() {
        return "SELECT " + id("MAJORITY_PERCENT") + ", " + id("READINESS_PERCENT") + ", " + id("QUORUM") + " FROM "
                + id(AoTables.LAUNCH_SETTINGS) + " WHERE " + id("SPACE_KEY") + " = ?";
    }

    /** The changes of a space's thresholds, newest first. Parameter: space. */
    private String buildThresholdChangesOfSpace() {
        return "SELECT " + id("CHANGED_BY") + ", " + id("CHANGED_AT") + ", " + id("OLD_MAJORITY") + ", "
                + id("OLD_READINESS") + ", " + id("OLD_QUORUM") + ", " + id("NEW_MAJORITY") + ", " + id("NEW_READINESS")
                + ", " + id("NEW_QUORUM") + " FROM " + id(AoTables.THRESHOLD_CHANGE) + " WHERE " + id("SPACE_KEY")
                + " = ? ORDER BY " + id("ID") + " DESC";
    }

    /** Every launch decision of a space, newest first. Parameter: space. */
    private String buildDecisionsOfSpace() {
        return "SELECT " + id("ID") + ", " + id("CHECKLIST") + ", " + id("ROUND_NUMBER") + ", " + id("DECISION") + ", "
                + id("RATIONALE") + ", " + id("CONDITION_LINES") + ", " + id("DECIDED_BY") + ", " + id("DECIDED_AT")
                + ", " + id("SPACE_KEY") + " FROM " + id(AoTables.LAUNCH_DECISION) + " WHERE " + id("SPACE_KEY") + " = ? ORDER BY " + id("ID")
                + " DESC";
    }

    /**
     * Every action of a space not deleted, each with its changes: one row per change (an action has at least its
     * « created »), an action's rows together, actions and changes oldest first. Parameters: space, deleted.
     */
    private String buildPlansOfSpace() {
        return "SELECT A." + id("ID") + ", A." + id("CHECKLIST") + ", A." + id("DECISION_ID") + ", A."
                + id("ROUND_NUMBER") + ", A." + id("ITEM_KEY") + ", A." + id("CONDITION_TEXT") + ", A."
                + id("DESCRIPTION") + ", A." + id("OWNER") + ", A." + id("DUE_DATE") + ", A." + id("STATUS") + ", A."
                + id("DONE_BY") + ", A." + id("DONE_AT") + ", C." + id("ID") + ", C." + id("KIND") + ", C."
                + id("OLD_VALUE") + ", C." + id("NEW_VALUE") + ", C." + id("CHANGED_BY") + ", C." + id("CHANGED_AT")
                + ", A." + id("SPACE_KEY") + " FROM " + id(AoTables.LAUNCH_ACTION) + " A LEFT JOIN " + id(AoTables.ACTION_CHANGE) + " C ON C."
                + id("ACTION_ID") + " = A." + id("ID") + " WHERE A." + id("SPACE_KEY") + " = ? AND A." + id("STATUS")
                + " <> ? ORDER BY A." + id("ID") + ", C." + id("ID");
    }

    /**
     * One overview row per answered (space, checklist): members who answered, the last answer, the confidential
     * answers. One row per pair, never per answer; the overview sorts and filters them with the registry's checklists
     * and the decisions. Parameters: TEAM, none, true.
     */
    String overviewPairs() {
        return "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + respondents() + " AS RESPONDENTS, MAX("
                + id("ANSWERED_AT") + ") AS LAST_AT, " + confidentialAnswers() + " AS CONFIDENTIAL_ANSWERS FROM "
                + answers() + " GROUP BY " + id("SPACE_KEY") + ", " + id("CHECKLIST");
    }

    /**
     * Every overview row with its per-item figures and its space's thresholds, in one statement for the CSV: one row
     * per (space, checklist, item), the rows of a (space, checklist) next to each other. Parameters: see
     * {@link #everyOverviewRowParameters}.
     */
    String everyOverviewRow() {
        String team = "CASE WHEN " + id("RESPONDENT") + " = ? AND " + id("ANSWER") + " <> ?";
        String items = "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", "
                + memberCounts()
                + ", MAX(" + team + " THEN " + id("ANSWER") + " END) AS TEAM_ANSWER"
                + ", MAX(" + team + " THEN " + id("ANSWERED_BY") + " END) AS TEAM_BY"
                + ", MAX(" + team + " THEN " + id("ANSWERED_AT") + " END) AS TEAM_AT"
                + " FROM " + answers() + " GROUP BY " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY");
        return "SELECT P." + id("SPACE_KEY") + ", P." + id("CHECKLIST") + ", P.RESPONDENTS, P.LAST_AT, I." + id("ITEM_KEY")
                + ", I.N_YES, I.N_PARTLY, I.N_NO, I.N_UNKNOWN, I.TEAM_ANSWER, I.TEAM_BY, I.TEAM_AT, S." + id("MAJORITY_PERCENT")
                + ", S." + id("READINESS_PERCENT") + ", S." + id("QUORUM") + ", P.CONFIDENTIAL_ANSWERS"
                + " FROM (" + overviewPairs() + ") P JOIN (" + items + ") I ON I." + id("SPACE_KEY") + " = P." + id("SPACE_KEY")
                + " AND I." + id("CHECKLIST") + " = P." + id("CHECKLIST")
                + " LEFT JOIN " + id(AoTables.LAUNCH_SETTINGS) + " S ON S." + id("SPACE_KEY") + " = P." + id("SPACE_KEY")
                + " ORDER BY P." + id("SPACE_KEY") + ", P." + id("CHECKLIST");
    }

    /** The parameters of {@link #everyOverviewRow}, in the order it binds them. */
    static List<Object> everyOverviewRowParameters() {
        List<Object> parameters = new ArrayList<>(List.of(AnswerKey.TEAM, Answer.NONE.value(), true));
        parameters.addAll(memberCountParameters());
        for (int i = 0; i < 3; i++) {
            parameters.add(AnswerKey.TEAM);
            parameters.add(Answer.NONE.value());
        }
        return parameters;
    }

    /** The parameters of the four member counts: TEAM and the answer's value, for yes, partly, no, unknown. */
    static List<Object> memberCountParameters() {
        List<Object> parameters = new ArrayList<>();
        for (Answer answer : Answer.GIVEN) {
            parameters.add(AnswerKey.TEAM);
            parameters.add(answer.value());
        }
        return parameters;
    }

    private String summaries() {
        return id(AoTables.CHECKLIST_SUMMARY);
    }

    /**
     * Locks one summary row, as the first statement of a write: a locking read reads the latest committed row and
     * waits for a writer that holds it; no snapshot is taken before it (InnoDB takes one at the first plain read).
     * A {@code SELECT … FOR UPDATE}, not an UPDATE: every answer locks this one row, and on PostgreSQL an UPDATE leaves
     * a dead version each time, which the answers' constant pins on its page keep from being pruned (the table grew to
     * 10 MB for three rows in the answer benchmark). Parameter: the summary key.
     */
    String lockSummary() {
        return lockSummary;
    }

    private String buildLockSummary() {
        return "SELECT " + id("ID") + " FROM " + summaries() + " WHERE " + id("SUMMARY_KEY") + " = ? FOR UPDATE";
    }

    /** Locks a checklist's answer rows, changing nothing. Parameters: space, checklist. */
    private String buildLockAnswers() {
        return "UPDATE " + answers() + " SET " + id("REVISION") + " = " + id("REVISION") + " WHERE " + ofSpace(true);
    }

    /**
     * What the answers give to one summary row. Parameters: respondents, last activity, confidential, score numerator
     * and denominator, suggestion, the summary key.
     */
    private String buildAnsweredSummary() {
        return "UPDATE " + summaries() + " SET " + id("RESPONDENTS") + " = ?, " + id("LAST_ACTIVITY") + " = ?, "
                + id("CONFIDENTIAL") + " = ?, " + id("SCORE_NUMERATOR") + " = ?, " + id("SCORE_DENOMINATOR") + " = ?, "
                + id("SUGGESTION") + " = ? WHERE " + id("SUMMARY_KEY") + " = ?";
    }

    /** The same for every summary row of these spaces. Parameters: the spaces. */
    String lockSummariesOfSpaces(int spaces) {
        return "UPDATE " + summaries() + " SET " + id("WRITES") + " = " + id("WRITES") + " + 1 WHERE "
                + id("SPACE_KEY") + " IN (" + placeholders(spaces) + ")";
    }

    /** The same for the summary rows of the checklists a member has answers in. Parameter: the member. */
    String lockSummariesAnsweredBy() {
        return "UPDATE " + summaries() + " S SET " + id("WRITES") + " = " + id("WRITES") + " + 1 WHERE EXISTS (SELECT 1 FROM "
                + answers() + " A WHERE A." + id("SPACE_KEY") + " = S." + id("SPACE_KEY") + " AND A." + id("CHECKLIST")
                + " = S." + id("CHECKLIST") + " AND A." + id("RESPONDENT") + " = ?)";
    }

    /** The checklists a member has answers in, by space. Parameter: the member. */
    String checklistsAnsweredBy() {
        return "SELECT DISTINCT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + " FROM " + answers() + " WHERE "
                + id("RESPONDENT") + " = ?";
    }

    /** The overview's filter on the decision in force: every row, no decision, or one decision (bind its key). */
    enum DecisionFilter { EVERY, NONE, ONE }

    private String where(DecisionFilter filter) {
        return switch (filter) {
            case EVERY -> "1 = 1";
            case NONE -> "S." + id("DECISION") + " IS NULL";
            case ONE -> "S." + id("DECISION") + " = ?";
        };
    }

    /** Every summary row and those the filter keeps, in one row of two counts. Parameters: the filter's. */
    String countSummaries(DecisionFilter filter) {
        return "SELECT COUNT(*), SUM(CASE WHEN " + where(filter) + " THEN 1 ELSE 0 END) FROM " + summaries() + " S";
    }

    /** How the overview sorts: by space, by members who answered, by last activity (none sorts as the oldest). */
    enum SummaryOrder { SPACE, RESPONDENTS, ACTIVITY }

    /**
     * The summary rows the filter keeps, sorted in the database (ties by space, then checklist, ascending), with the
     * overdue actions counted against {@code today}: only for a row whose earliest open due day is before today, from
     * the actions themselves, so that the count never goes stale when a day passes without any write. Paged with
     * JDBC's maxRows. Parameters: today, open, today, then the filter's.
     */
    String summaryRows(DecisionFilter filter, SummaryOrder order, boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        String sort = switch (order) {
            case SPACE -> "S." + id("SPACE_KEY") + direction + ", S." + id("CHECKLIST") + " ASC";
            case RESPONDENTS -> "S." + id("RESPONDENTS") + direction + ", S." + id("SPACE_KEY") + " ASC, S."
                    + id("CHECKLIST") + " ASC";
            case ACTIVITY -> "CASE WHEN S." + id("LAST_ACTIVITY") + " IS NULL THEN 0 ELSE 1 END" + direction + ", S."
                    + id("LAST_ACTIVITY") + direction + ", S." + id("SPACE_KEY") + " ASC, S." + id("CHECKLIST") + " ASC";
        };
        return "SELECT " + summaryColumns("S.") + ", CASE WHEN S." + id("EARLIEST_OPEN_DUE") + " < ? THEN (SELECT COUNT(*) FROM "
                + id(AoTables.LAUNCH_ACTION) + " A WHERE A." + id("SPACE_KEY") + " = S." + id("SPACE_KEY") + " AND A."
                + id("CHECKLIST") + " = S." + id("CHECKLIST") + " AND A." + id("STATUS") + " = ? AND A." + id("DUE_DATE")
                + " < ?) ELSE 0 END AS OVERDUE FROM " + summaries() + " S WHERE " + where(filter) + " ORDER BY " + sort;
    }

    /** Every summary row, by space and checklist (tests and the upgrade compare them). */
    String everySummary() {
        return "SELECT " + summaryColumns("") + " FROM " + summaries() + " ORDER BY " + id("SPACE_KEY") + ", "
                + id("CHECKLIST");
    }

    /** The checklists that have a summary row in these spaces. Parameters: the spaces. */
    String summarisedChecklists(int spaces) {
        return "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + " FROM " + summaries() + " WHERE "
                + id("SPACE_KEY") + " IN (" + placeholders(spaces) + ")";
    }

    /** The thirteen columns {@link SummaryStore#summary} reads, in its order. */
    private String summaryColumns(String alias) {
        StringBuilder columns = new StringBuilder();
        for (String column : List.of("SPACE_KEY", "CHECKLIST", "RESPONDENTS", "LAST_ACTIVITY", "CONFIDENTIAL",
                "ROUND_NUMBER", "SCORE_NUMERATOR", "SCORE_DENOMINATOR", "SUGGESTION", "DECISION", "DECIDED_AT",
                "OPEN_ACTIONS", "EARLIEST_OPEN_DUE")) {
            columns.append(columns.length() == 0 ? "" : ", ").append(alias).append(id(column));
        }
        return columns.toString();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
