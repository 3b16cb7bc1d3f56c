package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * Model version 2, answers that can say no: moves every tick and its history into the four-level answer tables.
 * A ticked item becomes "yes", an unticked one "no" (a member unticked it: the release before only stored an item
 * someone had ticked), an item never touched stays unanswered; each moved row is marked as given as a tick, so the
 * dashboard can say that answers before the upgrade could not be "partly" or "I don't know". In the history, the
 * first change of an answer was from nothing; later ones from the previous tick.
 *
 * <p>New tables rather than new columns: the old history's NOT NULL columns have no default, so rows without them
 * could not be inserted, and Atlassian advises against changing a column in place (the Slack app's
 * {@code ProjectConfigurationAOV001} does the same with a temporary model). The old tables stay, emptied: AO's own
 * migration never drops a table. Runs as the AO plugin runs it: in its own transaction, before AO migrates the
 * declared entities, so it creates the tables it uses first (confluence-api.md §8).
 */
public class AnswerUpgradeTask002 implements ActiveObjectsUpgradeTask {
    /** Rows read at a time, so that an institution's whole history is never held in memory. */
    static final int BATCH = 500;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(TickAnswerEntity.class, TickChangeEntity.class, AnswerEntity.class, AnswerChangeEntity.class);
        int lastId = 0;
        TickAnswerEntity[] ticks;
        do {
            ticks = ao.find(TickAnswerEntity.class, Query.select().where("ID > ?", lastId).order("ID ASC").limit(BATCH));
            for (TickAnswerEntity tick : ticks) {
                ao.create(AnswerEntity.class,
                        new DBParam("ANSWER_KEY", tick.getAnswerKey()),
                        new DBParam("SPACE_KEY", tick.getSpaceKey()),
                        new DBParam("CHECKLIST", tick.getChecklist()),
                        new DBParam("ITEM_KEY", tick.getItemKey()),
                        new DBParam("RESPONDENT", tick.getRespondent()),
                        new DBParam("ANSWER", (tick.isChecked() ? Answer.YES : Answer.NO).value()),
                        new DBParam("GIVEN_AS_TICK", true),
                        new DBParam("REVISION", tick.getRevision()),
                        new DBParam("PAGE_ID", tick.getPageId()),
                        new DBParam("ANSWERED_BY", tick.getAnsweredBy()),
                        new DBParam("ANSWERED_AT", tick.getAnsweredAt()));
                lastId = tick.getID();
            }
        } while (ticks.length == BATCH);
        lastId = 0;
        TickChangeEntity[] changes;
        do {
            changes = ao.find(TickChangeEntity.class, Query.select().where("ID > ?", lastId).order("ID ASC").limit(BATCH));
            for (TickChangeEntity change : changes) {
                Answer was = change.isWasChecked() ? Answer.YES : change.getRevision() <= 1 ? Answer.NONE : Answer.NO;
                ao.create(AnswerChangeEntity.class,
                        new DBParam("CHANGE_KEY", change.getChangeKey()),
                        new DBParam("SPACE_KEY", change.getSpaceKey()),
                        new DBParam("CHECKLIST", change.getChecklist()),
                        new DBParam("ITEM_KEY", change.getItemKey()),
                        new DBParam("RESPONDENT", change.getRespondent()),
                        new DBParam("REVISION", change.getRevision()),
                        new DBParam("WAS_ANSWER", was.value()),
                        new DBParam("NOW_ANSWER", (change.isNowChecked() ? Answer.YES : Answer.NO).value()),
                        new DBParam("REASON_CHANGED", false),
                        new DBParam("GIVEN_AS_TICK", true),
                        new DBParam("CHANGED_BY", change.getChangedBy()),
                        new DBParam("CHANGED_AT", change.getChangedAt()),
                        new DBParam("PAGE_ID", change.getPageId()));
                lastId = change.getID();
            }
        } while (changes.length == BATCH);
        ao.deleteWithSQL(TickChangeEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(TickAnswerEntity.class, "ID > ?", 0);
    }
}
