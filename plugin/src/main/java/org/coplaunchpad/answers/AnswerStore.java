package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.TreeMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.springframework.stereotype.Component;

/**
 * The one place that reads and writes answers (all Active Objects access and all SQL of the app). Portable
 * across the databases Confluence supports: AO queries with simple upper-case column names for single answers,
 * standard aggregate SQL through SAL's TransactionalExecutorFactory for the dashboard (see {@link AggregateSql}).
 * Holds no state: on a Data Center cluster, nodes share only the database.
 */
@Component
public class AnswerStore {
    /** Retries when a concurrent tick on the same answer won the race (unique violation, deadlock). */
    static final int MAX_ATTEMPTS = 20;
    private static final String ANSWER_COLUMNS = "ID, ANSWER_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY, RESPONDENT, CHECKED, "
            + "REVISION, PAGE_ID, ANSWERED_BY, ANSWERED_AT";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;
    private final AppClock clock;

    public AnswerStore(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql, AppClock clock) {
        this.ao = ao;
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * Records a tick idempotently in one transaction: inserts or updates the answer, and appends a history row
     * only when the state really changes. Concurrent ticks on the same answer are serialised by the unique
     * change key; the loser is retried on the new state, so the last accepted write wins and no change is lost
     * or counted twice.
     */
    public RecordedAnswer record(Tick tick) {
        RuntimeException lastConflict = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return ao.executeInTransaction(() -> recordOnce(tick, clock.now()));
            } catch (RuntimeException e) {
                if (!isConcurrentWriteConflict(e)) {
                    throw e;
                }
                lastConflict = e;
                backOff(attempt);
            }
        }
        throw new IllegalStateException("Could not record the tick after " + MAX_ATTEMPTS
                + " attempts: other members keep changing the same answer", lastConflict);
    }

    private RecordedAnswer recordOnce(Tick tick, Instant now) {
        AnswerKey key = tick.key();
        AnswerEntity[] found = ao.find(AnswerEntity.class,
                Query.select(ANSWER_COLUMNS).where("ANSWER_KEY = ?", key.hash()));
        if (found.length == 0) {
            if (!tick.checked()) {
                return new RecordedAnswer(false, false, Optional.empty(), Optional.empty());
            }
            appendChange(tick, 1, false, now);
            ao.create(AnswerEntity.class,
                    new DBParam("ANSWER_KEY", key.hash()),
                    new DBParam("SPACE_KEY", key.spaceKey()),
                    new DBParam("CHECKLIST", key.checklist()),
                    new DBParam("ITEM_KEY", key.itemKey()),
                    new DBParam("RESPONDENT", key.respondent()),
                    new DBParam("CHECKED", true),
                    new DBParam("REVISION", 1),
                    new DBParam("PAGE_ID", tick.pageId()),
                    new DBParam("ANSWERED_BY", tick.actorKey()),
                    new DBParam("ANSWERED_AT", Date.from(now)));
            return new RecordedAnswer(true, true, Optional.of(tick.actorKey()), Optional.of(now));
        }
        AnswerEntity answer = found[0];
        if (answer.isChecked() == tick.checked()) {
            return new RecordedAnswer(false, answer.isChecked(), Optional.of(answer.getAnsweredBy()),
                    Optional.of(answer.getAnsweredAt().toInstant()));
        }
        int revision = answer.getRevision() + 1;
        appendChange(tick, revision, answer.isChecked(), now);
        answer.setChecked(tick.checked());
        answer.setRevision(revision);
        answer.setPageId(tick.pageId());
        answer.setAnsweredBy(tick.actorKey());
        answer.setAnsweredAt(Date.from(now));
        answer.save();
        return new RecordedAnswer(true, tick.checked(), Optional.of(tick.actorKey()), Optional.of(now));
    }

    private void appendChange(Tick tick, int revision, boolean wasChecked, Instant now) {
        AnswerKey key = tick.key();
        ao.create(AnswerChangeEntity.class,
                new DBParam("CHANGE_KEY", key.changeHash(revision)),
                new DBParam("SPACE_KEY", key.spaceKey()),
                new DBParam("CHECKLIST", key.checklist()),
                new DBParam("ITEM_KEY", key.itemKey()),
                new DBParam("RESPONDENT", key.respondent()),
                new DBParam("REVISION", revision),
                new DBParam("WAS_CHECKED", wasChecked),
                new DBParam("NOW_CHECKED", tick.checked()),
                new DBParam("CHANGED_BY", tick.actorKey()),
                new DBParam("CHANGED_AT", Date.from(now)),
                new DBParam("PAGE_ID", tick.pageId()));
    }

    /**
     * A checklist's answers in a space as the macro shows them, in one query: per-item agreement and the
     * number of respondents (personal mode), the viewer's own answers, and the team's answers (shared mode).
     */
    public ChecklistAnswers read(String spaceKey, String checklist, Optional<String> viewerKey) {
        Set<String> respondents = new HashSet<>();
        Map<String, Integer> agree = new HashMap<>();
        Set<String> viewerChecked = new HashSet<>();
        Map<String, SharedAnswer> shared = new HashMap<>();
        ao.stream(AnswerEntity.class,
                Query.select("ID, ITEM_KEY, RESPONDENT, CHECKED, ANSWERED_BY, ANSWERED_AT")
                        .where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist),
                answer -> {
                    String respondent = answer.getRespondent();
                    if (AnswerKey.TEAM.equals(respondent)) {
                        shared.put(answer.getItemKey(), new SharedAnswer(answer.isChecked(), answer.getAnsweredBy(),
                                answer.getAnsweredAt().toInstant()));
                        return;
                    }
                    respondents.add(respondent);
                    if (answer.isChecked()) {
                        agree.merge(answer.getItemKey(), 1, Integer::sum);
                        if (viewerKey.filter(respondent::equals).isPresent()) {
                            viewerChecked.add(answer.getItemKey());
                        }
                    }
                });
        return new ChecklistAnswers(respondents.size(), agree, viewerChecked, shared);
    }

    /** Whether anyone ever answered this checklist of the space (an answer stays, unticked, once given). */
    public boolean hasAnswers(String spaceKey, String checklist) {
        return ao.count(AnswerEntity.class, Query.select().where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist)) > 0;
    }

    /** The history of a checklist in a space, oldest first. */
    public List<AnswerChange> history(String spaceKey, String checklist) {
        AnswerChangeEntity[] changes = ao.find(AnswerChangeEntity.class, Query.select()
                .where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist).order("ID ASC"));
        List<AnswerChange> history = new ArrayList<>(changes.length);
        for (AnswerChangeEntity change : changes) {
            history.add(new AnswerChange(
                    new AnswerKey(change.getSpaceKey(), change.getChecklist(), change.getItemKey(), change.getRespondent()),
                    change.getRevision(), change.isWasChecked(), change.isNowChecked(), change.getChangedBy(),
                    change.getChangedAt().toInstant(), change.getPageId()));
        }
        return history;
    }

    /** Forgets a space: its answers, their history and its thresholds, in one transaction. Returns the rows deleted. */
    public int deleteSpace(String spaceKey) {
        return ao.executeInTransaction(() ->
                ao.deleteWithSQL(AnswerEntity.class, "SPACE_KEY = ?", spaceKey)
                        + ao.deleteWithSQL(AnswerChangeEntity.class, "SPACE_KEY = ?", spaceKey)
                        + ao.deleteWithSQL(LaunchSettingsEntity.class, "SPACE_KEY = ?", spaceKey));
    }

    // ---- Aggregation for the dashboard and the overview: GROUP BY in the database, never every answer in memory.

    /** Every checklist of a space with its figures, in four aggregate queries. */
    public List<ChecklistTally> spaceTallies(String spaceKey) {
        return sql.createReadOnly().execute(connection -> {
            try {
                AggregateSql queries = new AggregateSql(connection);
                Map<String, Integer> respondents = new TreeMap<>();
                Map<String, Instant> lastActivity = new HashMap<>();
                Map<String, Map<String, Integer>> agree = new HashMap<>();
                Map<String, Map<String, SharedAnswer>> shared = new HashMap<>();
                Map<String, List<Long>> pages = new HashMap<>();
                try (PreparedStatement statement = connection.prepareStatement(queries.respondentsPerChecklist())) {
                    statement.setString(1, spaceKey);
                    statement.setString(2, AnswerKey.TEAM);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            respondents.put(rows.getString(1), rows.getInt(2));
                            later(lastActivity, rows.getString(1), rows.getTimestamp(3));
                        }
                    }
                }
                try (PreparedStatement statement = connection.prepareStatement(queries.agreementPerItem())) {
                    statement.setBoolean(1, true);
                    statement.setString(2, spaceKey);
                    statement.setString(3, AnswerKey.TEAM);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            agree.computeIfAbsent(rows.getString(1), c -> new HashMap<>()).put(rows.getString(2), rows.getInt(3));
                        }
                    }
                }
                try (PreparedStatement statement = connection.prepareStatement(queries.sharedAnswers())) {
                    statement.setString(1, spaceKey);
                    statement.setString(2, AnswerKey.TEAM);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            Instant at = rows.getTimestamp(5).toInstant();
                            shared.computeIfAbsent(rows.getString(1), c -> new HashMap<>())
                                    .put(rows.getString(2), new SharedAnswer(rows.getBoolean(3), rows.getString(4), at));
                            respondents.putIfAbsent(rows.getString(1), 0);
                            later(lastActivity, rows.getString(1), rows.getTimestamp(5));
                        }
                    }
                }
                try (PreparedStatement statement = connection.prepareStatement(queries.pagesPerChecklist())) {
                    statement.setString(1, spaceKey);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            pages.computeIfAbsent(rows.getString(1), c -> new ArrayList<>()).add(rows.getLong(2));
                        }
                    }
                }
                List<ChecklistTally> tallies = new ArrayList<>();
                for (Map.Entry<String, Integer> checklist : respondents.entrySet()) {
                    String name = checklist.getKey();
                    tallies.add(new ChecklistTally(spaceKey, name, checklist.getValue(), agree.getOrDefault(name, Map.of()),
                            shared.getOrDefault(name, Map.of()), pages.getOrDefault(name, List.of()),
                            Optional.ofNullable(lastActivity.get(name))));
                }
                return tallies;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not aggregate the answers of space " + spaceKey, e);
            }
        });
    }

    /** Ticks and unticks per checklist and day (UTC), streamed from the history. */
    public List<TimelineDay> timeline(String spaceKey) {
        return sql.createReadOnly().execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(new AggregateSql(connection).history())) {
                statement.setString(1, spaceKey);
                statement.setFetchSize(500);
                Map<String, Map<LocalDate, int[]>> days = new TreeMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        LocalDate day = rows.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
                        int[] counts = days.computeIfAbsent(rows.getString(1), c -> new TreeMap<>())
                                .computeIfAbsent(day, d -> new int[2]);
                        counts[rows.getBoolean(3) ? 0 : 1]++;
                    }
                }
                List<TimelineDay> timeline = new ArrayList<>();
                days.forEach((checklist, perDay) -> perDay.forEach((day, counts) ->
                        timeline.add(new TimelineDay(checklist, day, counts[0], counts[1]))));
                return timeline;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read the history of space " + spaceKey, e);
            }
        });
    }

    /** How many (space, checklist) pairs have answers. */
    public int overviewSize() {
        return sql.createReadOnly().execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(new AggregateSql(connection).overviewCount());
                 ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not count the spaces with answers", e);
            }
        });
    }

    /**
     * One page of the overview: (space, checklist) pairs sorted and cut in the database, then their per-item figures
     * for just those spaces. Three queries whatever the number of spaces.
     */
    public List<ChecklistTally> overviewPage(OverviewSort sort, boolean descending, int offset, int limit) {
        return sql.createReadOnly().execute(connection -> {
            try {
                AggregateSql queries = new AggregateSql(connection);
                List<ChecklistTally> rows = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(queries.overviewRows(sort, descending))) {
                    statement.setString(1, AnswerKey.TEAM);
                    statement.setMaxRows(offset + limit);
                    try (ResultSet result = statement.executeQuery()) {
                        int index = 0;
                        while (result.next()) {
                            if (index++ < offset) {
                                continue;
                            }
                            Timestamp last = result.getTimestamp(4);
                            rows.add(new ChecklistTally(result.getString(1), result.getString(2), result.getInt(3),
                                    Map.of(), Map.of(), List.of(), Optional.ofNullable(last).map(Timestamp::toInstant)));
                        }
                    }
                }
                if (rows.isEmpty()) {
                    return rows;
                }
                List<String> spaces = rows.stream().map(ChecklistTally::spaceKey).distinct().toList();
                Map<String, Map<String, Integer>> agree = new HashMap<>();
                try (PreparedStatement statement = connection.prepareStatement(queries.agreementOfSpaces(spaces.size()))) {
                    statement.setBoolean(1, true);
                    statement.setString(2, AnswerKey.TEAM);
                    for (int i = 0; i < spaces.size(); i++) {
                        statement.setString(3 + i, spaces.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            agree.computeIfAbsent(result.getString(1) + '\u0000' + result.getString(2), k -> new HashMap<>())
                                    .put(result.getString(3), result.getInt(4));
                        }
                    }
                }
                Map<String, Map<String, SharedAnswer>> shared = new HashMap<>();
                try (PreparedStatement statement = connection.prepareStatement(queries.sharedAnswersOfSpaces(spaces.size()))) {
                    statement.setString(1, AnswerKey.TEAM);
                    for (int i = 0; i < spaces.size(); i++) {
                        statement.setString(2 + i, spaces.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            shared.computeIfAbsent(result.getString(1) + '\u0000' + result.getString(2), k -> new HashMap<>())
                                    .put(result.getString(3), new SharedAnswer(result.getBoolean(4), result.getString(5),
                                            result.getTimestamp(6).toInstant()));
                        }
                    }
                }
                List<ChecklistTally> page = new ArrayList<>();
                for (ChecklistTally row : rows) {
                    String key = row.spaceKey() + '\u0000' + row.checklist();
                    page.add(new ChecklistTally(row.spaceKey(), row.checklist(), row.respondents(),
                            agree.getOrDefault(key, Map.of()), shared.getOrDefault(key, Map.of()), List.of(), row.lastActivity()));
                }
                return page;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not aggregate the overview", e);
            }
        });
    }

    private static void later(Map<String, Instant> latest, String checklist, Timestamp candidate) {
        if (candidate != null) {
            latest.merge(checklist, candidate.toInstant(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    // ---- Launch thresholds per space.

    public LaunchThresholds thresholds(String spaceKey) {
        LaunchSettingsEntity[] found = ao.find(LaunchSettingsEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey));
        return found.length == 0 ? LaunchThresholds.DEFAULT
                : new LaunchThresholds(found[0].getMajorityPercent(), found[0].getReadinessPercent());
    }

    /** The thresholds of several spaces in one query; spaces without settings get the defaults. */
    public Map<String, LaunchThresholds> thresholds(Collection<String> spaceKeys) {
        Map<String, LaunchThresholds> thresholds = new HashMap<>();
        if (spaceKeys.isEmpty()) {
            return thresholds;
        }
        Object[] keys = spaceKeys.toArray();
        String in = String.join(", ", Collections.nCopies(keys.length, "?"));
        for (LaunchSettingsEntity settings : ao.find(LaunchSettingsEntity.class,
                Query.select().where("SPACE_KEY IN (" + in + ")", keys))) {
            thresholds.put(settings.getSpaceKey(),
                    new LaunchThresholds(settings.getMajorityPercent(), settings.getReadinessPercent()));
        }
        spaceKeys.forEach(key -> thresholds.putIfAbsent(key, LaunchThresholds.DEFAULT));
        return thresholds;
    }

    public void saveThresholds(String spaceKey, LaunchThresholds thresholds, String userKey) {
        for (int attempt = 1; ; attempt++) {
            try {
                ao.executeInTransaction(() -> {
                    Date now = Date.from(clock.now());
                    LaunchSettingsEntity[] found = ao.find(LaunchSettingsEntity.class,
                            Query.select().where("SPACE_KEY = ?", spaceKey));
                    if (found.length == 0) {
                        ao.create(LaunchSettingsEntity.class, new DBParam("SPACE_KEY", spaceKey),
                                new DBParam("MAJORITY_PERCENT", thresholds.majorityPercent()),
                                new DBParam("READINESS_PERCENT", thresholds.readinessPercent()),
                                new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", now));
                    } else {
                        found[0].setMajorityPercent(thresholds.majorityPercent());
                        found[0].setReadinessPercent(thresholds.readinessPercent());
                        found[0].setUpdatedBy(userKey);
                        found[0].setUpdatedAt(now);
                        found[0].save();
                    }
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                if (!isConcurrentWriteConflict(e) || attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * A unique-constraint violation (class 23) or a serialisation failure / deadlock / lock timeout means another
     * transaction changed the same answer first: worth retrying. Anything else is a real error.
     */
    static boolean isConcurrentWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23") || state.equals("40001") || state.equals("40P01")
                        || state.equals("HYT00") || state.equals("90131")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(50, attempt * 2L) + (long) (Math.random() * 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a tick", e);
        }
    }

}
