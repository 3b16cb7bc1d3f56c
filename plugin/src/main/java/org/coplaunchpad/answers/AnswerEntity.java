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
 * The current answer to one readiness item: per (space, checklist, item, member) in personal mode, per
 * (space, checklist, item) in shared mode (respondent {@link AnswerKey#TEAM}). Table AO_xxxxxx_ITEM_ANSWER (model
 * version 2; the ticks before it were in {@link TickAnswerEntity}). Only {@link AnswerStore} touches it.
 */
@Preload({"ID", "ANSWER_KEY", "SPACE_KEY", "CHECKLIST", "ITEM_KEY", "RESPONDENT", "ANSWER", "GIVEN_AS_TICK", "CONFIDENTIAL", "REVISION",
        "PAGE_ID", "ANSWERED_BY", "ANSWERED_AT"})
@Table("ItemAnswer")
@Indexes(@Index(name = "item_answer_checklist", methodNames = {"getSpaceKey", "getChecklist"}))
public interface AnswerEntity extends Entity {
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

    /** {@link Answer#value()}: yes, partly, no, unknown, or none once cleared. */
    @NotNull
    @StringLength(16)
    String getAnswer();

    void setAnswer(String answer);

    /**
     * The member's reason in plain text, at most {@link AnswerReason#MAX_CODE_POINTS} code points: an unlimited
     * column (CLOB/TEXT), because a 450-character string cannot hold 500 code points. Null when there is none.
     * Never selected by the aggregations: only the member's own row (or the team's) is read with it.
     */
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    /**
     * True while the answer is the one a tick gave before model version 2 (ticked: yes; unticked: no), until the
     * member answers again: the dashboard says so, since a tick could not say "partly" or "I don't know".
     */
    @NotNull
    @Default("false")
    boolean isGivenAsTick();

    void setGivenAsTick(boolean givenAsTick);

    /**
     * Given while the checklist was confidential (model version 4): then and from then on, nobody sees who gave
     * it, even if the page stops saying so. Never goes back to false.
     */
    @NotNull
    @Default("false")
    boolean isConfidential();

    void setConfidential(boolean confidential);

    /**
     * The answer this row had when the checklist's last round closed (model version 5), null when none: the hint the
     * page shows its respondent in the next round, read with the row itself so that the page needs no query for it.
     */
    @StringLength(16)
    String getPreviousAnswer();

    void setPreviousAnswer(String previousAnswer);

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
