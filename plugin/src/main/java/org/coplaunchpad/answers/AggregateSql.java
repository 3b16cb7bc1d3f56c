package org.coplaunchpad.answers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;

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

    /** Per checklist of a space: members who answered for themselves and the last activity. */
    String respondentsPerChecklist() {
        return "SELECT " + id("CHECKLIST") + ", COUNT(DISTINCT " + id("RESPONDENT") + "), MAX(" + id("ANSWERED_AT") + ")"
                + " FROM " + answers() + " WHERE " + id("SPACE_KEY") + " = ? AND " + id("RESPONDENT") + " <> ?"
                + " GROUP BY " + id("CHECKLIST");
    }

    /** Per checklist and item of a space: how many members tick it. */
    String agreementPerItem() {
        return "SELECT " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", SUM(CASE WHEN " + id("CHECKED") + " = ? THEN 1 ELSE 0 END)"
                + " FROM " + answers() + " WHERE " + id("SPACE_KEY") + " = ? AND " + id("RESPONDENT") + " <> ?"
                + " GROUP BY " + id("CHECKLIST") + ", " + id("ITEM_KEY");
    }

    /** The team's answers of a space (at most one row per checklist and item). */
    String sharedAnswers() {
        return "SELECT " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("CHECKED") + ", " + id("ANSWERED_BY")
                + ", " + id("ANSWERED_AT") + " FROM " + answers() + " WHERE " + id("SPACE_KEY") + " = ? AND "
                + id("RESPONDENT") + " = ?";
    }

    /** The pages each checklist of a space was answered on, most recent first. */
    String pagesPerChecklist() {
        return "SELECT " + id("CHECKLIST") + ", " + id("PAGE_ID") + ", MAX(" + id("ANSWERED_AT") + ") AS LAST_AT"
                + " FROM " + answers() + " WHERE " + id("SPACE_KEY") + " = ?"
                + " GROUP BY " + id("CHECKLIST") + ", " + id("PAGE_ID") + " ORDER BY LAST_AT DESC";
    }

    /** A space's history, oldest first: streamed into days, never held whole. */
    String history() {
        return "SELECT " + id("CHECKLIST") + ", " + id("CHANGED_AT") + ", " + id("NOW_CHECKED") + " FROM "
                + id(AoTables.ANSWER_CHANGE) + " WHERE " + id("SPACE_KEY") + " = ? ORDER BY " + id("CHANGED_AT")
                + ", " + id("ID");
    }

    /** How many (space, checklist) pairs have answers: the overview's row count. */
    String overviewCount() {
        return "SELECT COUNT(*) FROM (SELECT DISTINCT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + " FROM "
                + answers() + ") PAIRS";
    }

    /** One overview row per (space, checklist), sorted in the database. */
    String overviewRows(OverviewSort sort, boolean descending) {
        String column = switch (sort) {
            case SPACE -> id("SPACE_KEY");
            case RESPONDENTS -> "RESPONDENTS";
            case ACTIVITY -> "LAST_AT";
        };
        String direction = descending ? " DESC" : " ASC";
        return "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", COUNT(DISTINCT CASE WHEN " + id("RESPONDENT")
                + " <> ? THEN " + id("RESPONDENT") + " END) AS RESPONDENTS, MAX(" + id("ANSWERED_AT") + ") AS LAST_AT"
                + " FROM " + answers() + " GROUP BY " + id("SPACE_KEY") + ", " + id("CHECKLIST")
                + " ORDER BY " + column + direction + ", " + id("SPACE_KEY") + " ASC, " + id("CHECKLIST") + " ASC";
    }

    /**
     * Every overview row with its per-item figures and its space's thresholds, in one statement sorted for the CSV:
     * one row per (space, checklist, item), the rows of a (space, checklist) next to each other. Parameters: TEAM,
     * then TEAM, true, TEAM, TEAM, true, TEAM, TEAM.
     */
    String everyOverviewRow(OverviewSort sort, boolean descending) {
        String pairs = "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", COUNT(DISTINCT CASE WHEN "
                + id("RESPONDENT") + " <> ? THEN " + id("RESPONDENT") + " END) AS RESPONDENTS, MAX(" + id("ANSWERED_AT")
                + ") AS LAST_AT FROM " + answers() + " GROUP BY " + id("SPACE_KEY") + ", " + id("CHECKLIST");
        String team = "CASE WHEN " + id("RESPONDENT") + " = ?";
        String items = "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY")
                + ", SUM(CASE WHEN " + id("RESPONDENT") + " <> ? AND " + id("CHECKED") + " = ? THEN 1 ELSE 0 END) AS AGREE"
                + ", SUM(" + team + " THEN 1 ELSE 0 END) AS TEAM_ANSWERS"
                + ", SUM(" + team + " AND " + id("CHECKED") + " = ? THEN 1 ELSE 0 END) AS TEAM_CHECKED"
                + ", MAX(" + team + " THEN " + id("ANSWERED_BY") + " END) AS TEAM_BY"
                + ", MAX(" + team + " THEN " + id("ANSWERED_AT") + " END) AS TEAM_AT"
                + " FROM " + answers() + " GROUP BY " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY");
        String column = switch (sort) {
            case SPACE -> "P." + id("SPACE_KEY");
            case RESPONDENTS -> "P.RESPONDENTS";
            case ACTIVITY -> "P.LAST_AT";
        };
        return "SELECT P." + id("SPACE_KEY") + ", P." + id("CHECKLIST") + ", P.RESPONDENTS, P.LAST_AT, I." + id("ITEM_KEY")
                + ", I.AGREE, I.TEAM_ANSWERS, I.TEAM_CHECKED, I.TEAM_BY, I.TEAM_AT, S." + id("MAJORITY_PERCENT")
                + ", S." + id("READINESS_PERCENT")
                + " FROM (" + pairs + ") P JOIN (" + items + ") I ON I." + id("SPACE_KEY") + " = P." + id("SPACE_KEY")
                + " AND I." + id("CHECKLIST") + " = P." + id("CHECKLIST")
                + " LEFT JOIN " + id(AoTables.LAUNCH_SETTINGS) + " S ON S." + id("SPACE_KEY") + " = P." + id("SPACE_KEY")
                + " ORDER BY " + column + (descending ? " DESC" : " ASC") + ", P." + id("SPACE_KEY") + " ASC, P."
                + id("CHECKLIST") + " ASC";
    }

    /** Per (space, checklist, item) of the given spaces: how many members tick it. */
    String agreementOfSpaces(int spaces) {
        return "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY")
                + ", SUM(CASE WHEN " + id("CHECKED") + " = ? THEN 1 ELSE 0 END)"
                + " FROM " + answers() + " WHERE " + id("RESPONDENT") + " <> ? AND " + id("SPACE_KEY") + " IN ("
                + placeholders(spaces) + ") GROUP BY " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY");
    }

    /** The team's answers of the given spaces. */
    String sharedAnswersOfSpaces(int spaces) {
        return "SELECT " + id("SPACE_KEY") + ", " + id("CHECKLIST") + ", " + id("ITEM_KEY") + ", " + id("CHECKED")
                + ", " + id("ANSWERED_BY") + ", " + id("ANSWERED_AT") + " FROM " + answers() + " WHERE "
                + id("RESPONDENT") + " = ? AND " + id("SPACE_KEY") + " IN (" + placeholders(spaces) + ")";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
