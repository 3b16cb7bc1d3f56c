package org.coplaunchpad.answers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;

/**
 * The aggregation SQL of the dashboard and the overview: standard SQL only (GROUP BY, COUNT(DISTINCT), SUM(CASE),
 * IN), identifiers quoted the way the connection's database wants them (AO creates upper-case names, which
 * PostgreSQL and Oracle only find quoted). Paging uses JDBC's maxRows rather than a vendor's LIMIT syntax.
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
