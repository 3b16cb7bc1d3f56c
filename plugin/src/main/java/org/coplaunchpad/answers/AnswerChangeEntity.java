package org.coplaunchpad.answers;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Append-only history of every real change of an answer or of its reason (who, when, item, old → new answer,
 * whether the reason changed): the audit trail and the dashboard's timeline. The reason's text is not kept here,
 * so that a member who deletes their reason deletes it. Table AO_xxxxxx_ITEM_ANSWER_CHANGE (model version 2; the
 * ticks' history before it was in {@link TickChangeEntity}). Only {@link AnswerStore} touches it.
 */
@Preload
@Table("ItemAnswerChange")
@Indexes(@Index(name = "item_change_checklist", methodNames = {"getSpaceKey", "getChecklist"}))
public interface AnswerChangeEntity extends Entity {
    /**
     * SHA-256 of (answer key, revision). Unique, so two members racing to change the same answer from the same
     * revision cannot both succeed: the loser's transaction fails and is retried on the new state.
     */
    @NotNull
    @Unique
    @StringLength(64)
    String getChangeKey();

    void setChangeKey(String changeKey);

    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(AnswerKey.MAX_CHECKLIST_LENGTH)
    String getChecklist();

    void setChecklist(String checklist);

    @NotNull
    @StringLength(100)
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    @StringLength(255)
    String getRespondent();

    void setRespondent(String respondent);

    @NotNull
    int getRevision();

    void setRevision(int revision);

    /** {@link Answer#value()} before the change. */
    @NotNull
    @StringLength(16)
    String getWasAnswer();

    void setWasAnswer(String wasAnswer);

    /** {@link Answer#value()} after the change (the same as before when only the reason changed). */
    @NotNull
    @StringLength(16)
    String getNowAnswer();

    void setNowAnswer(String nowAnswer);

    /** The change added, edited or deleted the reason. */
    @NotNull
    @Default("false")
    boolean isReasonChanged();

    void setReasonChanged(boolean reasonChanged);

    /** A tick or an untick recorded before model version 2. */
    @NotNull
    @Default("false")
    boolean isGivenAsTick();

    void setGivenAsTick(boolean givenAsTick);

    @NotNull
    @StringLength(255)
    String getChangedBy();

    void setChangedBy(String changedBy);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    @NotNull
    long getPageId();

    void setPageId(long pageId);
}
