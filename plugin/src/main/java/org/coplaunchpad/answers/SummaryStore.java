package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coplaunchpad.answers.AggregateSql.DecisionFilter;
import org.coplaunchpad.answers.AggregateSql.SummaryOrder;
import org.springframework.stereotype.Component;

/**
 * The institution overview's summary table: its locks, its rows, and the overview read from it, sorted, filtered and
 * paged in the database (SQL in {@link AggregateSql}, through SAL's executor, which joins the running transaction
 * on the same connection as ActiveObjects). Only {@link OverviewSummaries} writes it.
 */
@Component
public class SummaryStore {
    /** A suggestion that needs no figures, for a row locked before it is first computed. */
    private static final String NOT_COMPUTED = "cannot-decide";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;
    private final Transactions transactions;

    public SummaryStore(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql,
                        Transactions transactions) {
        this.ao = ao;
        this.sql = sql;
        this.transactions = transactions;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection, AggregateSql queries) throws SQLException;
    }

    /** In the caller's transaction (REQUIRED: a SAL executor that is not new joins it, on its connection). */
    private <T> T inTransaction(String what, Work<T> work) {
        return execute(false, what, work);
    }

    private <T> T read(String what, Work<T> work) {
        return transactions.read(what, () -> execute(true, what, work));
    }

    private <T> T execute(boolean readOnly, String what, Work<T> work) {
        return sql.createExecutor(readOnly, false).execute(connection -> {
            try {
                return work.run(connection, AggregateSql.of(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not " + what, e);
            }
        });
    }

    private static int update(Connection connection, String statementSql, List<String> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, List<String> parameters) throws SQLException {
        SqlParameters.bind(statement, parameters);
    }

    /**
     * Locks the checklist's row, creating it when there is none yet: two first writers then collide on its unique
     * key, and the loser starts over (Transactions) with the row in place. Must come before anything the transaction
     * reads. Joins the caller's transaction.
     */
    boolean lockChecklist(String spaceKey, String checklist) {
        int locked = inTransaction("lock the summary of a checklist", (connection, queries) -> {
            try (PreparedStatement statement = connection.prepareStatement(queries.lockSummary())) {
                bind(statement, List.of(key(spaceKey, checklist)));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? 1 : 0;
                }
            }
        });
        if (locked == 0) {
            ao.create(ChecklistSummaryEntity.class, new DBParam("SUMMARY_KEY", key(spaceKey, checklist)),
                    new DBParam("SPACE_KEY", spaceKey), new DBParam("CHECKLIST", checklist),
                    new DBParam("SUGGESTION", NOT_COMPUTED));
        }
        return locked == 0;
    }

    /**
     * Writes what the answers give to a row this transaction locked (one UPDATE): respondents, last activity, and the
     * judgement (score, suggestion, confidentiality). Joins the caller's transaction.
     */
    void saveAnswered(String spaceKey, String checklist, int respondents, Optional<java.time.Instant> lastActivity,
                      ChecklistJudge.Judgement judgement) {
        inTransaction("write the summary of a checklist", (connection, queries) -> {
            try (PreparedStatement statement = connection.prepareStatement(queries.answeredSummary())) {
                statement.setInt(1, respondents);
                statement.setTimestamp(2, lastActivity.map(Timestamp::from).orElse(null));
                statement.setBoolean(3, judgement.confidential());
                statement.setLong(4, judgement.scoreNumerator());
                statement.setLong(5, judgement.scoreDenominator());
                statement.setString(6, judgement.suggestion());
                statement.setString(7, key(spaceKey, checklist));
                return statement.executeUpdate();
            }
        });
    }

    /** Locks the checklist's answer rows (a closing, before the summary row). Joins the caller's transaction. */
    void lockAnswers(String spaceKey, String checklist) {
        inTransaction("lock the answers of a checklist", (connection, queries) ->
                update(connection, queries.lockAnswers(), List.of(spaceKey, checklist)));
    }

    /** Locks every row of these spaces (rows created later by the same transaction are its own). */
    void lockSpaces(Collection<String> spaceKeys) {
        if (!spaceKeys.isEmpty()) {
            inTransaction("lock the summaries of spaces", (connection, queries) ->
                    update(connection, queries.lockSummariesOfSpaces(spaceKeys.size()), List.copyOf(spaceKeys)));
        }
    }

    /** Locks the rows of the checklists a member has answers in. */
    void lockAnsweredBy(String userKey) {
        inTransaction("lock the summaries a member answered", (connection, queries) ->
                update(connection, queries.lockSummariesAnsweredBy(), List.of(userKey)));
    }

    /** The checklists a member has answers in, by space. */
    Map<String, Set<String>> answeredBy(String userKey) {
        return inTransaction("find the checklists a member answered", (connection, queries) -> {
            Map<String, Set<String>> pairs = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(queries.checklistsAnsweredBy())) {
                bind(statement, List.of(userKey));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        pairs.computeIfAbsent(rows.getString(1), space -> new LinkedHashSet<>()).add(rows.getString(2));
                    }
                }
            }
            return pairs;
        });
    }

    /** The checklists of these spaces that have a summary row, by space. */
    Map<String, Set<String>> summarised(Collection<String> spaceKeys) {
        Map<String, Set<String>> pairs = new LinkedHashMap<>();
        if (spaceKeys.isEmpty()) {
            return pairs;
        }
        return inTransaction("list the summaries of spaces", (connection, queries) -> {
            try (PreparedStatement statement = connection.prepareStatement(queries.summarisedChecklists(spaceKeys.size()))) {
                bind(statement, List.copyOf(spaceKeys));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        pairs.computeIfAbsent(rows.getString(1), space -> new LinkedHashSet<>()).add(rows.getString(2));
                    }
                }
            }
            return pairs;
        });
    }

    /** Writes the row as computed (creating it if needed). Joins the caller's transaction. */
    void save(ChecklistSummary summary) {
        ChecklistSummaryEntity[] found = ao.find(ChecklistSummaryEntity.class, Query.select()
                .where("SUMMARY_KEY = ?", key(summary.spaceKey(), summary.checklist())));
        ChecklistSummaryEntity row = found.length > 0 ? found[0] : ao.create(ChecklistSummaryEntity.class,
                new DBParam("SUMMARY_KEY", key(summary.spaceKey(), summary.checklist())),
                new DBParam("SPACE_KEY", summary.spaceKey()), new DBParam("CHECKLIST", summary.checklist()),
                new DBParam("SUGGESTION", summary.suggestion()));
        row.setRespondents(summary.respondents());
        row.setLastActivity(summary.lastActivity().map(Date::from).orElse(null));
        row.setConfidential(summary.confidential());
        row.setRoundNumber(summary.roundNumber());
        row.setScoreNumerator(summary.scoreNumerator());
        row.setScoreDenominator(summary.scoreDenominator());
        row.setSuggestion(summary.suggestion());
        row.setDecision(summary.decision().orElse(null));
        row.setDecidedAt(summary.decidedAt().map(Date::from).orElse(null));
        row.setOpenActions(summary.openActions());
        row.setEarliestOpenDue(summary.earliestOpenDue().map(LocalDate::toString).orElse(null));
        row.save();
    }

    /** The checklist is listed no more (no page carries it and it has no answer). Joins the caller's transaction. */
    void delete(String spaceKey, String checklist) {
        ao.deleteWithSQL(ChecklistSummaryEntity.class, "SUMMARY_KEY = ?", key(spaceKey, checklist));
    }

    /** Every row goes (before a rebuild). Joins the caller's transaction. */
    void deleteEvery() {
        ao.deleteWithSQL(ChecklistSummaryEntity.class, "ID > ?", 0);
    }

    /** Every row, by space and checklist, as stored. */
    public List<ChecklistSummary> every() {
        return read("read every summary", (connection, queries) -> {
            List<ChecklistSummary> every = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(queries.everySummary());
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    every.add(summary(rows));
                }
            }
            return every;
        });
    }

    /** Which rows the overview keeps: every one ({@code decision} empty), those without a decision, or one decision. */
    public record Filter(Optional<String> decision, boolean withoutDecision) {
        public static final Filter EVERY = new Filter(Optional.empty(), false);
        public static final Filter WITHOUT_DECISION = new Filter(Optional.empty(), true);

        public static Filter decided(String decision) {
            return new Filter(Optional.of(decision), false);
        }

        DecisionFilter sql() {
            return withoutDecision ? DecisionFilter.NONE : decision.isPresent() ? DecisionFilter.ONE : DecisionFilter.EVERY;
        }

        List<String> parameters() {
            return decision.map(List::of).orElse(List.of());
        }
    }

    /** How the overview sorts its rows; ties go by space, then checklist, ascending. */
    public enum Order { SPACE, RESPONDENTS, ACTIVITY }

    /** A row of the overview: the summary and its actions overdue on the day asked. */
    public record Line(ChecklistSummary summary, int overdueActions) {
    }

    /** How many rows there are, and how many of them the filter keeps: one query. */
    public record Counts(int every, int kept) {
    }

    public Counts counts(Filter filter) {
        return read("count the overview's rows", (connection, queries) -> {
            try (PreparedStatement statement = connection.prepareStatement(queries.countSummaries(filter.sql()))) {
                bind(statement, filter.parameters());
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return new Counts(rows.getInt(1), rows.getInt(2));
                }
            }
        });
    }

    /**
     * The rows the filter keeps from {@code first} (0-based) on, at most {@code count}, sorted by the database, with
     * their actions overdue on {@code today}: one query, reading no row past the page.
     */
    public List<Line> lines(Filter filter, Order order, boolean descending, LocalDate today, int first, int count) {
        List<Line> lines = new ArrayList<>();
        lines(filter, order, descending, today, first + count, line -> lines.add(line));
        return lines.subList(Math.min(first, lines.size()), lines.size());
    }

    /** Every row the filter keeps, in order, handed over one at a time from a streamed query (for the download). */
    public void eachLine(Filter filter, Order order, boolean descending, LocalDate today, Consumer<Line> line) {
        lines(filter, order, descending, today, 0, line);
    }

    private void lines(Filter filter, Order order, boolean descending, LocalDate today, int maxRows,
                       Consumer<Line> line) {
        read("read the overview", (connection, queries) -> {
            try (PreparedStatement statement = connection.prepareStatement(queries.summaryRows(filter.sql(),
                    SummaryOrder.valueOf(order.name()), descending))) {
                List<String> parameters = new ArrayList<>(List.of(today.toString(), PlannedAction.OPEN, today.toString()));
                parameters.addAll(filter.parameters());
                bind(statement, parameters);
                if (maxRows > 0) {
                    statement.setMaxRows(maxRows);
                } else {
                    statement.setFetchSize(500);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        line.accept(new Line(summary(rows), rows.getInt(14)));
                    }
                }
            }
            return null;
        });
    }

    /** A row of {@link AggregateSql#everySummary} or {@link AggregateSql#summaryRows}. */
    private static ChecklistSummary summary(ResultSet row) throws SQLException {
        String decision = row.getString(10);
        String due = row.getString(13);
        return new ChecklistSummary(row.getString(1), row.getString(2), row.getInt(3),
                Optional.ofNullable(row.getTimestamp(4)).map(Timestamp::toInstant), row.getBoolean(5), row.getInt(6),
                row.getLong(7), row.getLong(8), row.getString(9), Optional.ofNullable(decision),
                Optional.ofNullable(row.getTimestamp(11)).map(Timestamp::toInstant), row.getInt(12),
                Optional.ofNullable(due).map(LocalDate::parse));
    }

    static String key(String spaceKey, String checklist) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    (spaceKey + '\u0000' + checklist).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
