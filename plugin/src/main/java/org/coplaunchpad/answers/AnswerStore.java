package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
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
 * portable across the databases Confluence supports. Holds no state: on a Data Center cluster, nodes share only
 * the database.
 */
@Component
public class AnswerStore {
    private static final String ANSWER_COLUMNS = "ID, ANSWER_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY, RESPONDENT, CHECKED, "
            + "REVISION, PAGE_ID, ANSWERED_BY, ANSWERED_AT";

    private final ActiveObjects ao;
    private final Transactions transactions;
    private final AppClock clock;

    public AnswerStore(@ComponentImport ActiveObjects ao, Transactions transactions, AppClock clock) {
        this.ao = ao;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records a tick idempotently in one transaction with one read: inserts or updates the answer, appends a history
     * row only when the state really changes, and returns the item's new figures. Concurrent ticks on the same
     * answer are serialised by the unique change key; the loser is retried on the new state, so the last accepted
     * write wins and no change is lost or counted twice.
     */
    public RecordedAnswer record(Tick tick) {
        return transactions.write("record a tick", () -> recordOnce(tick, clock.now()));
    }

    private RecordedAnswer recordOnce(Tick tick, Instant now) {
        AnswerKey key = tick.key();
        // The one read: the team's answer alone, or every answer of the checklist (the item's figures need them).
        AnswerEntity[] rows = key.isShared()
                ? ao.find(AnswerEntity.class, Query.select(ANSWER_COLUMNS).where("ANSWER_KEY = ?", key.hash()))
                : ao.find(AnswerEntity.class, Query.select(ANSWER_COLUMNS)
                        .where("SPACE_KEY = ? AND CHECKLIST = ?", key.spaceKey(), key.checklist()));
        AnswerEntity answer = null;
        Set<String> respondents = new HashSet<>();
        int othersAgree = 0;
        for (AnswerEntity row : rows) {
            if (row.getAnswerKey().equals(key.hash())) {
                answer = row;
            } else if (!AnswerKey.TEAM.equals(row.getRespondent())) {
                respondents.add(row.getRespondent());
                othersAgree += row.isChecked() && row.getItemKey().equals(key.itemKey()) ? 1 : 0;
            }
        }
        RecordedAnswer recorded = answer == null ? insert(tick, now) : update(answer, tick, now);
        if (key.isShared()) {
            return recorded;
        }
        if (answer != null || recorded.changed()) {
            respondents.add(key.respondent());
        }
        Agreement agreement = new Agreement(othersAgree + (recorded.checked() ? 1 : 0), respondents.size());
        return new RecordedAnswer(recorded.changed(), recorded.checked(), recorded.answeredBy(), recorded.answeredAt(),
                Optional.of(agreement));
    }

    private RecordedAnswer insert(Tick tick, Instant now) {
        AnswerKey key = tick.key();
        if (!tick.checked()) {
            return new RecordedAnswer(false, false, Optional.empty(), Optional.empty(), Optional.empty());
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
        return new RecordedAnswer(true, true, Optional.of(tick.actorKey()), Optional.of(now), Optional.empty());
    }

    private RecordedAnswer update(AnswerEntity answer, Tick tick, Instant now) {
        if (answer.isChecked() == tick.checked()) {
            return new RecordedAnswer(false, answer.isChecked(), Optional.of(answer.getAnsweredBy()),
                    Optional.of(answer.getAnsweredAt().toInstant()), Optional.empty());
        }
        int revision = answer.getRevision() + 1;
        appendChange(tick, revision, answer.isChecked(), now);
        answer.setChecked(tick.checked());
        answer.setRevision(revision);
        answer.setPageId(tick.pageId());
        answer.setAnsweredBy(tick.actorKey());
        answer.setAnsweredAt(Date.from(now));
        answer.save();
        return new RecordedAnswer(true, tick.checked(), Optional.of(tick.actorKey()), Optional.of(now), Optional.empty());
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
        return transactions.read("read the answers of a checklist", () -> {
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
        });
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
                        change.getRevision(), change.isWasChecked(), change.isNowChecked(), change.getChangedBy(),
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

    /** Deletes a space's answers and their history; returns the rows deleted. Joins a caller's transaction. */
    int deleteSpace(String spaceKey) {
        return transactions.write("delete the answers of a space", () ->
                ao.deleteWithSQL(AnswerEntity.class, "SPACE_KEY = ?", spaceKey)
                        + ao.deleteWithSQL(AnswerChangeEntity.class, "SPACE_KEY = ?", spaceKey));
    }
}
