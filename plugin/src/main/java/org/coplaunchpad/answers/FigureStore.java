package org.coplaunchpad.answers;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The dashboard's and the overview's figures (and the space's reasons for their export, the space's rounds,
 * decisions and plans for its dashboard, and the decision the decision macro shows on a page): GROUP BY in the database through SAL's TransactionalExecutorFactory
 * (standard SQL, see {@link AggregateSql}), never every answer in memory. Read only.
 */
@Component
public class FigureStore {
    /** Rows the driver fetches at a time from a streamed query. */
    private static final int FETCH_SIZE = 500;

    private final TransactionalExecutorFactory sql;
    private final Transactions transactions;

    public FigureStore(@ComponentImport TransactionalExecutorFactory sql, Transactions transactions) {
        this.sql = sql;
        this.transactions = transactions;
    }

    @FunctionalInterface
    private interface Rows {
        void each(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection, AggregateSql queries) throws SQLException;
    }

    private <T> T query(String what, Work<T> work) {
        return transactions.read(what, () -> sql.createReadOnly().execute(connection -> {
            try {
                return work.run(connection, AggregateSql.of(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not " + what, e);
            }
        }));
    }

    /**
     * The latest decision of a checklist as its macro shows it on a page, if there is one: the decision with its
     * round's figures and items' states (one statement), then its plan (one more). Every view of the page asks, so
     * neither goes through Active Objects, which read them in four queries.
     */
    public Optional<DecisionOnPage> decisionOnPage(String spaceKey, String checklist) {
        return query("read the decision of a page", (connection, queries) -> {
            List<LatestDecisionRow> latest = new ArrayList<>(1);
            rows(connection, queries.latestDecisionWithRound(), 0, List.of(spaceKey, checklist), row -> {
                if (latest.isEmpty()) {
                    latest.add(new LatestDecisionRow(row));
                }
                row.getInt(18);
                if (!row.wasNull()) {
                    String state = row.getString(17);
                    latest.get(0).states.add(state == null ? "" : state);
                }
            });
            if (latest.isEmpty()) {
                return Optional.empty();
            }
            RecordedDecision decision = latest.get(0).decision;
            List<PlannedAction> plan = new ArrayList<>();
            rows(connection, queries.decisionPlan(), 0, List.of(spaceKey, checklist, (int) decision.id(),
                    PlannedAction.DELETED), row -> {
                String description = row.getString(8);
                plan.add(new PlannedAction(row.getInt(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getInt(5), Optional.ofNullable(row.getString(6)), Optional.ofNullable(row.getString(7)),
                        description == null ? "" : description, Optional.ofNullable(row.getString(9)),
                        LocalDate.parse(row.getString(10)), row.getString(11), Optional.ofNullable(row.getString(12)),
                        Optional.ofNullable(row.getTimestamp(13)).map(Timestamp::toInstant), List.of()));
            });
            return Optional.of(new DecisionOnPage(decision, latest.get(0).round(), plan));
        });
    }

    /** The decision and its round's columns, from the first row of its statement, while the items' states are read. */
    private static final class LatestDecisionRow {
        final RecordedDecision decision;
        /** Null when the round the decision was taken on was never closed. */
        final Integer roundId;
        final int respondents;
        final long scoreNumerator;
        final long scoreDenominator;
        final String suggestion;
        final boolean shared;
        final boolean confidential;
        final List<String> states = new ArrayList<>();

        LatestDecisionRow(ResultSet row) throws SQLException {
            String rationale = row.getString(6);
            String conditions = row.getString(7);
            decision = new RecordedDecision(row.getInt(1), row.getString(2), row.getString(3), row.getInt(4),
                    row.getString(5), rationale == null ? "" : rationale,
                    conditions == null || conditions.isEmpty() ? List.of() : List.of(conditions.split("\n")),
                    Optional.ofNullable(row.getString(8)), row.getTimestamp(9).toInstant());
            int id = row.getInt(10);
            roundId = row.wasNull() ? null : id;
            respondents = row.getInt(11);
            scoreNumerator = row.getLong(12);
            scoreDenominator = row.getLong(13);
            suggestion = row.getString(14);
            shared = row.getBoolean(15);
            confidential = row.getBoolean(16);
        }

        Optional<RoundStore.DecidedRound> round() {
            return roundId == null ? Optional.empty() : Optional.of(new RoundStore.DecidedRound(decision.roundNumber(),
                    respondents, scoreNumerator, scoreDenominator, suggestion, shared, confidential, states));
        }
    }

    /**
     * Runs one statement with the parameters bound in order (strings and booleans) and hands over each row, at most
     * {@code maxRows} of them (0: all, streamed).
     */
    private static void rows(Connection connection, String statementSql, int maxRows, List<Object> parameters, Rows rows)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
            SqlParameters.bind(statement, parameters);
            if (maxRows > 0) {
                statement.setMaxRows(maxRows);
            } else {
                statement.setFetchSize(FETCH_SIZE);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.each(result);
                }
            }
        }
    }

    /** Every checklist of a space with its figures, in four aggregate queries. */
    public List<ChecklistTally> spaceTallies(String spaceKey) {
        return tallies(spaceKey, Optional.empty());
    }

    /** One checklist of a space with its figures (empty when it has no answer row), in four aggregate queries. */
    public Optional<ChecklistTally> tally(String spaceKey, String checklist) {
        return tallies(spaceKey, Optional.of(checklist)).stream().findFirst();
    }

    /**
     * What judging one checklist needs, for its summary, whose lock is held meanwhile: its tally (without the pages it
     * was answered on; empty when it has no answer row), its registered pages, oldest registration first, and its
     * space's thresholds — in one statement ({@link AggregateSql#checklistToJudge}), where they took five.
     */
    ChecklistToJudge toJudge(String spaceKey, String checklist) {
        return query("read what judging a checklist needs", (connection, queries) -> {
            int[] aggregate = new int[4];
            Instant[] lastActivity = new Instant[1];
            Map<String, AnswerCounts> counts = new HashMap<>();
            Map<String, SharedAnswer> team = new HashMap<>();
            List<RegisteredPage> pages = new ArrayList<>();
            LaunchThresholds[] thresholds = {LaunchThresholds.DEFAULT};
            rows(connection, queries.checklistToJudge(), 0,
                    AggregateSql.checklistToJudgeParameters(spaceKey, checklist), row -> {
                switch (row.getString(1)) {
                    case "A" -> {
                        for (int n = 0; n < 4; n++) {
                            aggregate[n] = row.getInt(6 + n);
                        }
                        lastActivity[0] = Optional.ofNullable(row.getTimestamp(11)).map(Timestamp::toInstant).orElse(null);
                    }
                    case "I" -> counts.put(row.getString(3), counts(row, 6));
                    case "P" -> pages.add(RegistryRows.page(spaceKey, row.getLong(6), checklist, row.getString(3),
                            row.getString(4), row.getString(5), row.getBoolean(10), row.getTimestamp(11).toInstant()));
                    case "S" -> thresholds[0] = new LaunchThresholds(row.getInt(6), row.getInt(7), row.getInt(8));
                    case "T" -> team.put(row.getString(3), new SharedAnswer(Answer.stored(row.getString(4)),
                            row.getString(5), row.getTimestamp(11).toInstant()));
                    default -> throw new SQLException("A row of an unknown kind: " + row.getString(1));
                }
            });
            Optional<ChecklistTally> tally = aggregate[3] == 0 ? Optional.empty()
                    : Optional.of(new ChecklistTally(spaceKey, checklist, aggregate[0], counts, team, List.of(),
                    Optional.ofNullable(lastActivity[0]), aggregate[1], aggregate[2]));
            return new ChecklistToJudge(tally, pages, thresholds[0]);
        });
    }

    /** A checklist's tally (empty: no answer row), its registered pages and its space's thresholds. */
    record ChecklistToJudge(Optional<ChecklistTally> tally, List<RegisteredPage> pages, LaunchThresholds thresholds) {
        ChecklistToJudge {
            pages = List.copyOf(pages);
        }
    }

    private List<ChecklistTally> tallies(String spaceKey, Optional<String> checklist) {
        boolean one = checklist.isPresent();
        List<Object> of = new ArrayList<>(List.of(spaceKey));
        checklist.ifPresent(of::add);
        return query("aggregate the answers of a space", (connection, queries) -> {
            Map<String, Integer> respondents = new TreeMap<>();
            Map<String, Integer> ticks = new HashMap<>();
            Map<String, Integer> confidential = new HashMap<>();
            Map<String, Instant> lastActivity = new HashMap<>();
            Map<String, Map<String, AnswerCounts>> counts = new HashMap<>();
            Map<String, Map<String, SharedAnswer>> shared = new HashMap<>();
            Map<String, List<Long>> pages = new HashMap<>();
            String team = AnswerKey.TEAM;
            String none = Answer.NONE.value();
            List<Object> respondentParameters = new ArrayList<>(List.of(team, none, true, true));
            respondentParameters.addAll(of);
            rows(connection, queries.respondentsPerChecklist(one), 0, respondentParameters, row -> {
                respondents.put(row.getString(1), row.getInt(2));
                later(lastActivity, row.getString(1), row.getTimestamp(3));
                ticks.put(row.getString(1), row.getInt(4));
                confidential.put(row.getString(1), row.getInt(5));
            });
            List<Object> countParameters = new ArrayList<>(AggregateSql.memberCountParameters());
            countParameters.addAll(of);
            rows(connection, queries.countsPerItem(one), 0, countParameters, row ->
                    counts.computeIfAbsent(row.getString(1), c -> new HashMap<>()).put(row.getString(2), counts(row, 3)));
            List<Object> sharedParameters = new ArrayList<>(of);
            sharedParameters.addAll(List.of(team, none));
            rows(connection, queries.sharedAnswers(one), 0, sharedParameters, row ->
                    shared.computeIfAbsent(row.getString(1), c -> new HashMap<>()).put(row.getString(2),
                            new SharedAnswer(Answer.stored(row.getString(3)), row.getString(4),
                                    row.getTimestamp(5).toInstant())));
            rows(connection, queries.pagesPerChecklist(), 0, List.of(spaceKey), row ->
                    pages.computeIfAbsent(row.getString(1), c -> new ArrayList<>()).add(row.getLong(2)));
            List<ChecklistTally> tallies = new ArrayList<>();
            respondents.forEach((name, count) -> tallies.add(new ChecklistTally(spaceKey, name, count,
                    counts.getOrDefault(name, Map.of()), shared.getOrDefault(name, Map.of()),
                    pages.getOrDefault(name, List.of()), Optional.ofNullable(lastActivity.get(name)),
                    ticks.getOrDefault(name, 0), confidential.getOrDefault(name, 0))));
            return tallies;
        });
    }

    /** The four member counts of a row, from column {@code first} on (yes, partly, no, unknown). */
    static AnswerCounts counts(ResultSet row, int first) throws SQLException {
        return new AnswerCounts(row.getInt(first), row.getInt(first + 1), row.getInt(first + 2), row.getInt(first + 3));
    }

    /** Answers given and cleared per checklist and day (UTC), streamed from the history. */
    public List<TimelineDay> timeline(String spaceKey) {
        return query("read the history of a space", (connection, queries) -> {
            Map<String, Map<LocalDate, int[]>> days = new TreeMap<>();
            rows(connection, queries.history(), 0, List.of(spaceKey), row -> {
                LocalDate day = row.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                days.computeIfAbsent(row.getString(1), c -> new TreeMap<>())
                        .computeIfAbsent(day, d -> new int[2])[Answer.stored(row.getString(3)).isGiven() ? 0 : 1]++;
            });
            List<TimelineDay> timeline = new ArrayList<>();
            days.forEach((checklist, perDay) -> perDay.forEach((day, dayCounts) ->
                    timeline.add(new TimelineDay(checklist, day, dayCounts[0], dayCounts[1]))));
            return timeline;
        });
    }

    /**
     * Per checklist of a space, how many members answered every item the checklist asks ({@code itemsInScope} by
     * checklist name): streamed one member at a time, never every answer at once.
     */
    public Map<String, Integer> completeRespondents(String spaceKey, java.util.function.Function<String, java.util.Set<String>> itemsInScope) {
        return query("count the members who answered every item", (connection, queries) -> {
            Map<String, Integer> complete = new HashMap<>();
            String[] current = {null, null};
            java.util.Set<String> answered = new java.util.HashSet<>();
            Runnable close = () -> {
                if (current[0] != null && answered.containsAll(itemsInScope.apply(current[0]))) {
                    complete.merge(current[0], 1, Integer::sum);
                }
                answered.clear();
            };
            rows(connection, queries.answeredItems(), 0, List.of(spaceKey, AnswerKey.TEAM, Answer.NONE.value()), row -> {
                if (!row.getString(1).equals(current[0]) || !row.getString(2).equals(current[1])) {
                    close.run();
                    current[0] = row.getString(1);
                    current[1] = row.getString(2);
                }
                answered.add(row.getString(3));
            });
            close.run();
            return complete;
        });
    }

    /** Every answer of a space that has a reason, by checklist, item and time: the reasons export, streamed. */
    public List<StoredReason> reasons(String spaceKey) {
        return query("read the reasons of a space", (connection, queries) -> {
            List<StoredReason> reasons = new ArrayList<>();
            rows(connection, queries.reasons(), 0, List.of(spaceKey, Answer.NONE.value()), row ->
                    reasons.add(new StoredReason(row.getString(1), row.getString(2), row.getString(3),
                            Answer.stored(row.getString(4)), row.getString(5), row.getString(6),
                            row.getTimestamp(7).toInstant())));
            return reasons;
        });
    }

    /**
     * A space's registered pages and refused moves, its thresholds and their changes, and every checklist's rounds,
     * decisions and plan: seven statements whatever the number of checklists, where the Active Objects stores take
     * four and then six per checklist (and an entity proxy per row). What the dashboard shows besides the answers.
     */
    public SpaceRecords records(String spaceKey) {
        return query("read the rounds, decisions and plans of a space",
                (connection, queries) -> SpaceRecordRows.read(connection, queries, spaceKey));
    }

    /**
     * Every answered row of the overview with its per-item figures and its space's thresholds: one streamed query
     * whatever the number of spaces (for a full recomputation of the summary), by space and checklist. Each row is
     * handed over as soon as its last item is read.
     */
    public void everyOverviewRow(Consumer<OverviewFigures> row) {
        query("aggregate every row of the overview", (connection, queries) -> {
            OverviewRowBuilder building = new OverviewRowBuilder(row);
            rows(connection, queries.everyOverviewRow(), 0, AggregateSql.everyOverviewRowParameters(), building::add);
            building.finish();
            return null;
        });
    }

    private static void later(Map<String, Instant> latest, String checklist, Timestamp candidate) {
        if (candidate != null) {
            latest.merge(checklist, candidate.toInstant(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }
}
