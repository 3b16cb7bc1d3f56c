package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.Date;
import net.java.ao.DBParam;
import net.java.ao.Query;
import com.atlassian.activeobjects.external.ActiveObjects;

/**
 * Writes ticks as the releases before model version 2 stored them, for upgrade tests: an answer row only once an
 * item was ticked, a history row per real change (was, now), the revision counting them. The rules are those of
 * that release's AnswerStore.record.
 */
final class LandedTicks {
    private final ActiveObjects ao;

    LandedTicks(ActiveObjects ao) {
        this.ao = ao;
    }

    void tick(AnswerKey key, boolean checked, String actorKey, long pageId, Instant at) {
        TickAnswerEntity[] found = ao.find(TickAnswerEntity.class, Query.select().where("ANSWER_KEY = ?", key.hash()));
        if (found.length == 0) {
            if (!checked) {
                return;
            }
            change(key, 1, false, true, actorKey, pageId, at);
            ao.create(TickAnswerEntity.class,
                    new DBParam("ANSWER_KEY", key.hash()),
                    new DBParam("SPACE_KEY", key.spaceKey()),
                    new DBParam("CHECKLIST", key.checklist()),
                    new DBParam("ITEM_KEY", key.itemKey()),
                    new DBParam("RESPONDENT", key.respondent()),
                    new DBParam("CHECKED", true),
                    new DBParam("REVISION", 1),
                    new DBParam("PAGE_ID", pageId),
                    new DBParam("ANSWERED_BY", actorKey),
                    new DBParam("ANSWERED_AT", Date.from(at)));
            return;
        }
        TickAnswerEntity answer = found[0];
        if (answer.isChecked() == checked) {
            return;
        }
        int revision = answer.getRevision() + 1;
        change(key, revision, answer.isChecked(), checked, actorKey, pageId, at);
        answer.setChecked(checked);
        answer.setRevision(revision);
        answer.setPageId(pageId);
        answer.setAnsweredBy(actorKey);
        answer.setAnsweredAt(Date.from(at));
        answer.save();
    }

    private void change(AnswerKey key, int revision, boolean was, boolean now, String actorKey, long pageId, Instant at) {
        ao.create(TickChangeEntity.class,
                new DBParam("CHANGE_KEY", key.changeHash(revision)),
                new DBParam("SPACE_KEY", key.spaceKey()),
                new DBParam("CHECKLIST", key.checklist()),
                new DBParam("ITEM_KEY", key.itemKey()),
                new DBParam("RESPONDENT", key.respondent()),
                new DBParam("REVISION", revision),
                new DBParam("WAS_CHECKED", was),
                new DBParam("NOW_CHECKED", now),
                new DBParam("CHANGED_BY", actorKey),
                new DBParam("CHANGED_AT", Date.from(at)),
                new DBParam("PAGE_ID", pageId));
    }
}
