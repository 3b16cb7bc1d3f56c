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
 * The answers of releases before model version 2, when an answer was a tick (table AO_xxxxxx_ANSWER), exactly as
 * those releases declared it: a temporary model the upgrade tasks read (Atlassian's pattern for a changed data
 * model, as the Slack app's {@code ProjectConfigurationAOV001}). It is not an {@code <entity>} of the descriptor;
 * {@link AnswerUpgradeTask002} moves its rows into {@link AnswerEntity} and leaves the table empty.
 */
@Preload
@Table("Answer")
@Indexes(@Index(name = "answer_space_checklist", methodNames = {"getSpaceKey", "getChecklist"}))
public interface TickAnswerEntity extends Entity {
    /**
     * SHA-256 of (space, checklist, item, respondent): one unique column, because a composite unique index
     * is not available in every AO version Confluence 9 and 10 ship, and the four columns together exceed
     * the 450-character limit of an AO string.
     */
    @NotNull
    @Unique
    @StringLength(64)
    String getAnswerKey();

    void setAnswerKey(String answerKey);

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

    /** The member's user key, or {@link AnswerKey#TEAM} for the team's shared answer. */
    @NotNull
    @StringLength(255)
    String getRespondent();

    void setRespondent(String respondent);

    @NotNull
    @Default("false")
    boolean isChecked();

    void setChecked(boolean checked);

    /** Number of real changes so far; the next change is revision + 1 (see {@link AnswerChangeEntity}). */
    @NotNull
    @Default("0")
    int getRevision();

    void setRevision(int revision);

    /** The page the answer was last given on: the dashboard links to it. */
    @NotNull
    @Default("0")
    long getPageId();

    void setPageId(long pageId);

    /** User key of whoever gave the current answer (differs from the respondent only in shared mode). */
    @NotNull
    @StringLength(255)
    String getAnsweredBy();

    void setAnsweredBy(String answeredBy);

    @NotNull
    Date getAnsweredAt();

    void setAnsweredAt(Date answeredAt);
}
