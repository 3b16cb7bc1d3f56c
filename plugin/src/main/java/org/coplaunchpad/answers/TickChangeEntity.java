package org.coplaunchpad.answers;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The history of ticks before model version 2 (table AO_xxxxxx_ANSWER_CHANGE), exactly as those releases declared
 * it: the temporary model {@link AnswerUpgradeTask002} reads to move each row into {@link AnswerChangeEntity}.
 */
@Preload
@Table("AnswerChange")
@Indexes(@Index(name = "change_space_checklist", methodNames = {"getSpaceKey", "getChecklist"}))
public interface TickChangeEntity extends Entity {
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

    @NotNull
    boolean isWasChecked();

    void setWasChecked(boolean wasChecked);

    @NotNull
    boolean isNowChecked();

    void setNowChecked(boolean nowChecked);

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
