package org.coplaunchpad.answers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The aggregation SQL of the dashboard and the overview: standard SQL only (GROUP BY, COUNT(DISTINCT), SUM(CASE),
 * IN), identifiers quoted the way the connection's database wants them (AO creates upper-case names, which
 * PostgreSQL and Oracle only find quoted). Paging uses JDBC's maxRows rather than a vendor's LIMIT syntax.
 * Parameters are listed in the order the statement binds them.
 */
final class AggregateSql {
    private final String quote;

    AggregateSql(Connection connection) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString();
        this.quote = q == null || q.isBlank() ? "" : q;
    }

    String id(String name) {
        return quote + name + quote;
    }

    private String answers() {
        return id(AoTables.ANSWER);
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
     * space.
     */
    String respondentsPerChecklist() {
        return "SELECT " + id("CHECKLIST") + ", " + respondents() + ", MAX(" + id("ANSWERED_AT") + "), SUM(CASE WHEN "
                + id("GIVEN_AS_TICK") + " = ? THEN 1 ELSE 0 END), " + confidentialAnswers() + " FROM " + answers()
                + " WHERE " + id("SPACE_KEY") + " = ? GROUP BY " + id("CHECKLIST");
    }

    /** How many answers were given while their checklist was confidential. Parameter: true. */
    private String confidentialAnswers() {
        return "SUM(CASE WHEN " + id("CONFIDENTIAL") + " = ? THEN 1 ELSE 0 END)";
    }

    /** Per checklist and item of a space: how members answered it. Parameters: (TEAM, value) × 4, space. */
    String countsPerItem() {
        return "SELECT " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + memberCounts() + " FROM " + answers()
                + " WHERE " + id("SPACE_KEY") + " = ? GROUP BY " + id("CHECKLIST") + ", " + id("ITEM_KEY");
    }

    /** The team's answers of a space (at most one row per checklist and item). Parameters: space, TEAM, none. */
    String sharedAnswers() {
        return "SELECT " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("ANSWER") + ", " + id("ANSWERED_BY")
                + ", " + id("ANSWERED_AT") + " FROM " + answers() + " WHERE " + id("SPACE_KEY") + " = ? AND "
                + id("RESPONDENT") + " = ? AND " + id("ANSWER") + " <> ?";
    }

    /** The pages each checklist of a space was answered on, most recent first. */
    String pagesPerChecklist() {
        return "SELECT " + id("CHECKLIST") + ", " + id("PAGE_ID") + ", MAX(" + id("ANSWERED_AT") + ") AS LAST_AT"
                + " FROM " + answers() + " WHERE " + id("SPACE_KEY") + " = ?"
                + " GROUP BY " + id("CHECKLIST") + ", " + id("PAGE_ID") + " ORDER BY LAST_AT DESC";
    }

    /** A space's changes of answers (not of reasons alone), oldest first: streamed into days, never held whole. */
    String history() {
        return "SELECT " + id("CHECKLIST") + ", " + id("CHANGED_AT") + ", " + id("NOW_ANSWER") + " FROM "
                + id(AoTables.ANSWER_CHANGE) + " WHERE " + id("SPACE_KEY") + " = ? AND " + id("WAS_ANSWER") + " <> "
                + id("NOW_ANSWER") + " ORDER BY " + id("CHANGED_AT") + ", " + id("ID");
    }

    /** The items each member answered, per checklist of a space, a member's rows together. Parameters: space, TEAM, none. */
    String answeredItems() {
        return "SELECT " + id("CHECKLIST") + ", " + id("RESPONDENT") + ", " + id("ITEM_KEY") + " FROM " + answers()
                + " WHERE " + id("SPACE_KEY") + " = ? AND " + id("RESPONDENT") + " <> ? AND " + id("ANSWER") + " <> ?"
                + " ORDER BY " + id("CHECKLIST") + ", " + id("RESPONDENT");
    }

    /** A space's answers that have a reason, for the reasons export. Parameters: space, none. */
    String reasons() {
        return "SELECT " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("RESPONDENT") + ", " + id("ANSWER") + ", "
                + id("REASON") + ", " + id("ANSWERED_BY") + ", " + id("ANSWERED_AT") + " FROM " + answers() + " WHERE "
                + id("SPACE_KEY") + " = ? AND " + id("ANSWER") + " <> ? AND " + id("REASON") + " IS NOT NULL ORDER BY "
                + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("ANSWERED_AT") + ", " + id("ID");
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

    /** Per (space, checklist, item) of the given spaces: how members answered. Parameters: member counts, spaces. */
    String countsOfSpaces(int spaces) {
        return "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + memberCounts()
                + " FROM " + answers() + " WHERE " + id("SPACE_KEY") + " IN (" + placeholders(spaces) + ") GROUP BY "
                + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY");
    }

    /** The team's answers of the given spaces. Parameters: TEAM, none, spaces. */
    String sharedAnswersOfSpaces(int spaces) {
        return "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("ANSWER")
                + ", " + id("ANSWERED_BY") + ", " + id("ANSWERED_AT") + " FROM " + answers() + " WHERE "
                + id("RESPONDENT") + " = ? AND " + id("ANSWER") + " <> ? AND " + id("SPACE_KEY") + " IN ("
                + placeholders(spaces) + ")";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
