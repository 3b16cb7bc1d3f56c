package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
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
 * The one place that reads and writes answers (all Active Objects access and all SQL of the app). Portable
 * across the databases Confluence supports: only AO queries with simple upper-case column names, no vendor SQL.
 * Holds no state: on a Data Center cluster, nodes share only the database.
 */
@Component
public class AnswerStore {
    /** Retries when a concurrent tick on the same answer won the race (unique violation, deadlock). */
    static final int MAX_ATTEMPTS = 20;
    private static final String ANSWER_COLUMNS = "ID, ANSWER_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY, RESPONDENT, CHECKED, "
            + "REVISION, PAGE_ID, ANSWERED_BY, ANSWERED_AT";

    private final ActiveObjects ao;
    private final AppClock clock;

    public AnswerStore(@ComponentImport ActiveObjects ao, AppClock clock) {
        this.ao = ao;
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

    /** Forgets a space: its answers and their history, in one transaction. Returns the number of rows deleted. */
    public int deleteSpace(String spaceKey) {
        return ao.executeInTransaction(() ->
                ao.deleteWithSQL(AnswerEntity.class, "SPACE_KEY = ?", spaceKey)
                        + ao.deleteWithSQL(AnswerChangeEntity.class, "SPACE_KEY = ?", spaceKey));
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
