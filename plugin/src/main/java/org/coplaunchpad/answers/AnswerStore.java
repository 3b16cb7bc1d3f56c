package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Answers and their history: the only class that writes them. AO queries with simple upper-case column names,
 * portable across the databases Confluence supports; an answer is written in plain SQL (AggregateSql). Holds no state: on a Data Center cluster, nodes share only
 * the database.
 */
@Component
public class AnswerStore {
    /** Every column but the reason: the reason is read only for the one answer that needs it. */
    private static final String ANSWER_COLUMNS = "ID, ANSWER_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY, RESPONDENT, ANSWER, "
            + "GIVEN_AS_TICK, CONFIDENTIAL, REVISION, PAGE_ID, ANSWERED_BY, ANSWERED_AT";

    private final ActiveObjects ao;
    private final TransactionalExecutorFactory sql;
    private final Transactions transactions;
    private final AppClock clock;

    public AnswerStore(@ComponentImport ActiveObjects ao, @ComponentImport TransactionalExecutorFactory sql,
                       Transactions transactions, AppClock clock) {
        this.ao = ao;
        this.sql = sql;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records an answer idempotently: inserts or updates the answer and appends a history row only when the answer or
     * its reason really changes; the item's figures are not read here (see {@link OverviewSummaries#ofAnswer}, which
     * records answers with their summary). Concurrent answers to the same item by the same respondent are serialised
     * by the answer's unique key and revision; the loser is retried on the new state, so the last accepted write wins
     * and no change is lost or counted twice.
     */
    public RecordedAnswer record(GivenAnswer given) {
        return transactions.writeAfterReading("record an answer", () -> stored(given.key()),
                stored -> write(given, stored));
    }

    /** What an answer's own row holds that writing it needs, read before its transaction. */
    record StoredRow(long id, Answer answer, Optional<String> reason, boolean confidential, int revision,
                     String answeredBy, Instant answeredAt) {
    }

    /** The answer's own row as committed, if there is one (in no transaction of its own). */
    Optional<StoredRow> stored(AnswerKey key) {
        return sql("read an answer", true, (connection, queries) -> {
            try (PreparedStatement statement = connection.prepareStatement(queries.ownAnswer())) {
                statement.setString(1, key.hash());
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? Optional.of(new StoredRow(row.getLong(1), Answer.stored(row.getString(2)),
                            Optional.ofNullable(row.getString(3)), row.getBoolean(4), row.getInt(5), row.getString(6),
                            row.getTimestamp(7).toInstant())) : Optional.empty();
                }
            }
        });
    }

    /**
     * Writes the answer over the row read before the transaction, in the caller's transaction, with writes only (no
     * plain read: the caller takes its first lock after it): a new row whose key another request inserted meanwhile
     * fails on the unique key, a row another request changed meanwhile is found at another revision
     * ({@link ConcurrentChangeException}); either way the whole write starts over.
     */
    RecordedAnswer write(GivenAnswer given, Optional<StoredRow> stored) {
        Instant now = clock.now();
        // Plain SQL through SAL's executor, which joins the transaction on AO's connection: Active Objects would add
        // a sequence read per row created and a parameter description per null it writes, each a round trip.
        return sql("record an answer", false, (connection, queries) -> stored.isEmpty()
                ? insert(connection, queries, given, now) : update(connection, queries, stored.get(), given, now));
    }

    @FunctionalInterface
    private interface Statements<T> {
        T run(Connection connection, AggregateSql queries) throws SQLException;
    }

    private <T> T sql(String what, boolean readOnly, Statements<T> statements) {
        return sql.createExecutor(readOnly, false).execute(connection -> {
            try {
                return statements.run(connection, AggregateSql.of(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not " + what, e);
            }
        });
    }

    private static RecordedAnswer insert(Connection connection, AggregateSql queries, GivenAnswer given, Instant now)
            throws SQLException {
        AnswerKey key = given.key();
        Optional<String> reason = given.answer().isGiven() ? given.reason().applyTo(Optional.empty()) : Optional.empty();
        if (!given.answer().isGiven() && reason.isEmpty()) {
            return new RecordedAnswer(false, Answer.NONE, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        appendChange(connection, queries, given, 1, Answer.NONE, reason.isPresent(), now);
        execute(connection, queries.insertAnswer(), key.hash(), key.spaceKey(), key.checklist(), key.itemKey(),
                key.respondent(), given.answer().value(), reason.orElse(null), false, given.confidential(), 1,
                given.pageId(), given.actorKey(), now);
        return new RecordedAnswer(true, given.answer(), reason, Optional.of(given.actorKey()), Optional.of(now),
                Optional.empty());
    }

    private static RecordedAnswer update(Connection connection, AggregateSql queries, StoredRow answer,
                                         GivenAnswer given, Instant now) throws SQLException {
        Answer before = answer.answer();
        Optional<String> reasonBefore = answer.reason();
        Optional<String> reason = given.answer().isGiven() ? given.reason().applyTo(reasonBefore) : Optional.empty();
        if (before == given.answer() && reasonBefore.equals(reason)) {
            return new RecordedAnswer(false, before, reasonBefore, Optional.of(answer.answeredBy()),
                    Optional.of(answer.answeredAt()), Optional.empty());
        }
        int revision = answer.revision() + 1;
        if (execute(connection, queries.updateAnswer(), given.answer().value(), reason.orElse(null), false,
                answer.confidential() || given.confidential(), revision, given.pageId(), given.actorKey(), now,
                answer.id(), answer.revision()) == 0) {
            throw new ConcurrentChangeException("The answer changed since it was read: read it again");
        }
        appendChange(connection, queries, given, revision, before, !reasonBefore.equals(reason), now);
        return new RecordedAnswer(true, given.answer(), reason, Optional.of(given.actorKey()), Optional.of(now),
                Optional.empty());
    }

    private static void appendChange(Connection connection, AggregateSql queries, GivenAnswer given, int revision,
                                     Answer was, boolean reasonChanged, Instant now) throws SQLException {
        AnswerKey key = given.key();
        execute(connection, queries.insertAnswerChange(), key.changeHash(revision), key.spaceKey(), key.checklist(),
                key.itemKey(), key.respondent(), revision, was.value(), given.answer().value(), reasonChanged, false,
                given.actorKey(), now, given.pageId());
    }

    /** One statement, its parameters bound in order ({@link SqlParameters}); the rows it changed. */
    private static int execute(Connection connection, String statementSql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
            SqlParameters.bind(statement, java.util.Arrays.asList(parameters));
            return statement.executeUpdate();
        }
    }

    /**
     * A checklist's answers in a space as the macro shows them, in one query: how members answered each item, how
     * many answered, the team's answers, and — for the one respondent the page shows them to, the viewer (personal
     * mode) or the team (shared mode), none when anonymous — their reasons and their answers of the last closed
     * round (hints). Other members' reasons are read with the rows but never leave this method.
     */
    public ChecklistAnswers read(String spaceKey, String checklist, Optional<String> viewerKey, boolean shared) {
        // Plain SQL through SAL: a page view reads every answer row of its checklist, and Active Objects' query
        // rendering and entity proxies cost more than the rows themselves.
        return transactions.read("read the answers of a checklist", () -> sql("read the answers of a checklist", true,
                (connection, queries) -> answers(connection, queries, spaceKey, checklist, viewerKey, shared)));
    }

    /**
     * All a view of a checklist's page reads, in three statements on one connection: the checklist's registry rows (as
     * {@link RegistryStore#checklist}), its answers (as {@link #read}) and its open round (as
     * {@link RoundStore#openRound}). Every view of the page asks, so none of them goes through Active Objects.
     */
    public ChecklistPageRecords readPage(String spaceKey, String checklist, Optional<String> viewerKey, boolean shared) {
        return transactions.read("read a checklist's page", () -> sql("read a checklist's page", true,
                (connection, queries) -> new ChecklistPageRecords(registered(connection, queries, spaceKey, checklist),
                        answers(connection, queries, spaceKey, checklist, viewerKey, shared),
                        openRound(connection, queries, spaceKey, checklist))));
    }

    /**
     * What an answer needs to know before it is recorded, in two statements on one connection: the checklist's registry
     * rows (as {@link RegistryStore#checklist}: mode, sections, candour) and its open round (as
     * {@link RoundStore#openRound}: the deadline). Every answer asks, so neither goes through Active Objects.
     */
    public ChecklistToAnswer readToAnswer(String spaceKey, String checklist) {
        return transactions.read("read a checklist before an answer", () -> sql("read a checklist before an answer",
                true, (connection, queries) -> new ChecklistToAnswer(registered(connection, queries, spaceKey, checklist),
                        openRound(connection, queries, spaceKey, checklist))));
    }

    private static List<RegisteredPage> registered(Connection connection, AggregateSql queries, String spaceKey,
                                                   String checklist) throws SQLException {
        List<RegisteredPage> pages = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(queries.registeredPagesOfChecklist())) {
            SqlParameters.bind(statement, List.of(spaceKey, checklist));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    pages.add(RegistryRows.page(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getBoolean(7), row.getTimestamp(8).toInstant()));
                }
            }
        }
        return pages;
    }

    private static RoundStore.OpenRound openRound(Connection connection, AggregateSql queries, String spaceKey,
                                                  String checklist) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(queries.openRoundOfChecklist())) {
            SqlParameters.bind(statement, List.of(spaceKey, checklist));
            statement.setMaxRows(1);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return new RoundStore.OpenRound(1, Optional.empty(), Optional.empty());
                }
                return new RoundStore.OpenRound(row.getInt(1),
                        Optional.ofNullable(row.getTimestamp(2)).map(java.sql.Timestamp::toInstant),
                        Optional.ofNullable(row.getString(3)));
            }
        }
    }

    private static ChecklistAnswers answers(Connection connection, AggregateSql queries, String spaceKey,
                                            String checklist, Optional<String> viewerKey, boolean shared)
            throws SQLException {
        Set<String> respondents = new HashSet<>();
        Map<String, AnswerCounts> counts = new HashMap<>();
        Map<String, MemberAnswer> viewer = new HashMap<>();
        Map<String, SharedAnswer> team = new HashMap<>();
        Map<String, Answer> hints = new HashMap<>();
        Optional<String> shownTo = shared ? Optional.of(AnswerKey.TEAM) : viewerKey;
        int confidential = 0;
        try (PreparedStatement statement = connection.prepareStatement(queries.checklistAnswers())) {
            statement.setString(1, spaceKey);
            statement.setString(2, checklist);
            statement.setFetchSize(500);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String itemKey = row.getString(1);
                    String respondent = row.getString(2);
                    confidential += row.getBoolean(5) ? 1 : 0;
                    boolean theirs = shownTo.filter(respondent::equals).isPresent();
                    Answer previous = Answer.stored(row.getString(6));
                    if (theirs && previous.isGiven()) {
                        hints.put(itemKey, previous);
                    }
                    Answer answer = Answer.stored(row.getString(3));
                    if (!answer.isGiven()) {
                        continue;
                    }
                    // Other members' reasons are never taken from the result: only the one shown's.
                    Optional<String> reason = theirs ? Optional.ofNullable(row.getString(9)) : Optional.empty();
                    if (AnswerKey.TEAM.equals(respondent)) {
                        team.put(itemKey, new SharedAnswer(answer, shared ? reason : Optional.empty(),
                                row.getString(7), row.getTimestamp(8).toInstant()));
                        continue;
                    }
                    respondents.add(respondent);
                    counts.merge(itemKey, AnswerCounts.NONE.plus(answer, 1), AnswerStore::sum);
                    if (theirs) {
                        viewer.put(itemKey, new MemberAnswer(answer, reason, row.getBoolean(4)));
                    }
                }
            }
        }
        return new ChecklistAnswers(respondents.size(), counts, viewer, team, confidential, hints);
    }

    private static AnswerCounts sum(AnswerCounts a, AnswerCounts b) {
        return new AnswerCounts(a.yes() + b.yes(), a.partly() + b.partly(), a.no() + b.no(), a.unknown() + b.unknown());
    }

    /** Whether anyone ever answered this checklist of the space (an answer stays, unticked, once given). */
    public boolean hasAnswers(String spaceKey, String checklist) {
        return ao.count(AnswerEntity.class, Query.select().where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist)) > 0;
    }

    /** The history of a checklist in a space, oldest first. */
    public List<AnswerChange> history(String spaceKey, String checklist) {
        return transactions.read("read the history of a checklist", () -> {
            AnswerChangeEntity[] changes = ao.find(AnswerChangeEntity.class, Query.select()
                    .where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist).order("ID ASC"));
            List<AnswerChange> history = new ArrayList<>(changes.length);
            for (AnswerChangeEntity change : changes) {
                history.add(new AnswerChange(
                        new AnswerKey(change.getSpaceKey(), change.getChecklist(), change.getItemKey(), change.getRespondent()),
                        change.getRevision(), Answer.stored(change.getWasAnswer()), Answer.stored(change.getNowAnswer()),
                        change.isReasonChanged(), change.isGivenAsTick(), change.getChangedBy(),
                        change.getChangedAt().toInstant(), change.getPageId()));
            }
            return history;
        });
    }

    /**
     * Moves a checklist's answers and history to another space, which has none of that checklist: the unique keys
     * name the space, so each row gets its new key. Joins the caller's transaction; returns the rows moved.
     */
    int moveChecklist(String checklist, String fromSpace, String toSpace) {
        return transactions.write("move the answers of a checklist", () -> {
            AnswerEntity[] answers = ao.find(AnswerEntity.class, Query.select(ANSWER_COLUMNS)
                    .where("SPACE_KEY = ? AND CHECKLIST = ?", fromSpace, checklist));
            for (AnswerEntity answer : answers) {
                answer.setAnswerKey(new AnswerKey(toSpace, checklist, answer.getItemKey(), answer.getRespondent()).hash());
                answer.setSpaceKey(toSpace);
                answer.save();
            }
            AnswerChangeEntity[] changes = ao.find(AnswerChangeEntity.class, Query.select()
                    .where("SPACE_KEY = ? AND CHECKLIST = ?", fromSpace, checklist));
            for (AnswerChangeEntity change : changes) {
                AnswerKey key = new AnswerKey(toSpace, checklist, change.getItemKey(), change.getRespondent());
                change.setChangeKey(key.changeHash(change.getRevision()));
                change.setSpaceKey(toSpace);
                change.save();
            }
            return answers.length + changes.length;
        });
    }

    /**
     * Forgets a member Confluence removed: deletes their own answers (reasons included) and the history of those
     * answers; the team's answers and history entries they gave become {@link AnswerKey#FORMER_MEMBER}'s. Joins the
     * caller's transaction; returns the rows deleted or rewritten.
     */
    int deleteMember(String userKey) {
        return transactions.write("forget the answers of a member", () -> {
            int rows = ao.deleteWithSQL(AnswerEntity.class, "RESPONDENT = ?", userKey)
                    + ao.deleteWithSQL(AnswerChangeEntity.class, "RESPONDENT = ?", userKey);
            for (AnswerEntity answer : ao.find(AnswerEntity.class, Query.select(ANSWER_COLUMNS)
                    .where("ANSWERED_BY = ?", userKey))) {
                answer.setAnsweredBy(AnswerKey.FORMER_MEMBER);
                answer.save();
                rows++;
            }
            for (AnswerChangeEntity change : ao.find(AnswerChangeEntity.class, Query.select()
                    .where("CHANGED_BY = ?", userKey))) {
                change.setChangedBy(AnswerKey.FORMER_MEMBER);
                change.save();
                rows++;
            }
            return rows;
        });
    }

    /** Deletes a space's answers and their history; returns the rows deleted. Joins a caller's transaction. */
    int deleteSpace(String spaceKey) {
        return transactions.write("delete the answers of a space", () ->
                ao.deleteWithSQL(AnswerEntity.class, "SPACE_KEY = ?", spaceKey)
                        + ao.deleteWithSQL(AnswerChangeEntity.class, "SPACE_KEY = ?", spaceKey));
    }
}
