package org.coplaunchpad.answers;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One action of a checklist's plan (model version 7): what a "not yet" or a "launch with conditions" asks someone to
 * do about an item of the decided round that was not met, or about one of the decision's conditions, by when. Its
 * changes are kept in {@link ActionChangeEntity}; a deleted action stays, marked deleted, so that its history does.
 * Table AO_xxxxxx_LAUNCH_ACTION. Only {@link ActionStore} touches it.
 */
@Preload
@Table("LaunchAction")
@Indexes(@Index(name = "action_space_checklist", methodNames = {"getSpaceKey", "getChecklist"}))
public interface LaunchActionEntity extends Entity {
    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(AnswerKey.MAX_CHECKLIST_LENGTH)
    String getChecklist();

    void setChecklist(String checklist);

    /** The decision the action follows from (LaunchDecisionEntity's ID). */
    @NotNull
    int getDecisionId();

    void setDecisionId(int decisionId);

    /** The round that decision was taken on. */
    @NotNull
    int getRoundNumber();

    void setRoundNumber(int roundNumber);

    /** The item of the decided round the action is about; null for an action about a condition. */
    @StringLength(100)
    String getItemKey();

    void setItemKey(String itemKey);

    /** The condition of the decision the action is about, as written; null for an action about an item. */
    @StringLength(StringLength.UNLIMITED)
    String getConditionText();

    void setConditionText(String conditionText);

    /** What is to be done, plain text; null when the item or condition says it all. */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** The owner's user key; null once Confluence removed them (the action stays open, to be reassigned). */
    @StringLength(255)
    String getOwner();

    void setOwner(String owner);

    /** The due day, ISO (2027-01-15): a calendar day, overdue once it has passed where the viewer is. */
    @NotNull
    @StringLength(10)
    String getDueDate();

    void setDueDate(String dueDate);

    /** open, done or deleted. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    @StringLength(255)
    String getDoneBy();

    void setDoneBy(String doneBy);

    Date getDoneAt();

    void setDoneAt(Date doneAt);

    @StringLength(255)
    String getCreatedBy();

    void setCreatedBy(String createdBy);

    @NotNull
    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
