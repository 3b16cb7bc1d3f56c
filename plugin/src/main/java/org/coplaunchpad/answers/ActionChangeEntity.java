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
 * One change of an action (model version 7): created, reassigned, rescheduled, done, reopened or deleted, with the
 * value before and after (an owner's user key, a due day), who and when. Never changed, except that a removed user
 * becomes null. Table AO_xxxxxx_ACTION_CHANGE. Only {@link ActionStore} touches it.
 */
@Preload
@Table("ActionChange")
@Indexes(@Index(name = "action_change_action", methodNames = {"getActionId"}))
public interface ActionChangeEntity extends Entity {
    @NotNull
    int getActionId();

    void setActionId(int actionId);

    /** created, reassigned, rescheduled, done, reopened, deleted. */
    @NotNull
    @StringLength(16)
    String getKind();

    void setKind(String kind);

    @StringLength(255)
    String getOldValue();

    void setOldValue(String oldValue);

    @StringLength(255)
    String getNewValue();

    void setNewValue(String newValue);

    @StringLength(255)
    String getChangedBy();

    void setChangedBy(String changedBy);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);
}
