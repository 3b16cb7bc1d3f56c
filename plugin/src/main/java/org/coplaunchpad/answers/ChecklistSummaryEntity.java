package org.coplaunchpad.answers;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row of the institution overview (model version 8): a (space, checklist) as the overview lists it, kept in the
 * transaction of every change that affects it, so that a page of the overview is one sorted, filtered, paged query.
 * What only time changes is not kept: overdue is computed against today when the overview is read. The row is also
 * what the writes of one checklist serialise on (see {@link OverviewSummaries}). Table AO_xxxxxx_CHECKLIST_SUMMARY.
 * Only {@link SummaryStore} touches it.
 */
@Preload
@Table("ChecklistSummary")
public interface ChecklistSummaryEntity extends Entity {
    /** SHA-256 of (space, checklist): one row per pair, and the key the row is locked by. */
    @NotNull
    @Unique
    @StringLength(64)
    String getSummaryKey();

    void setSummaryKey(String summaryKey);

    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(AnswerKey.MAX_CHECKLIST_LENGTH)
    String getChecklist();

    void setChecklist(String checklist);

    /** Bumped by every write that locks the row first; its value means nothing. */
    @NotNull
    @Default("0")
    int getWrites();

    void setWrites(int writes);

    @NotNull
    @Default("0")
    int getRespondents();

    void setRespondents(int respondents);

    /** The last answer, null when none; the overview hides it when the checklist is confidential. */
    Date getLastActivity();

    void setLastActivity(Date lastActivity);

    @NotNull
    @Default("false")
    boolean isConfidential();

    void setConfidential(boolean confidential);

    /** The open round (1 before any round was closed). */
    @NotNull
    @Default("1")
    int getRoundNumber();

    void setRoundNumber(int roundNumber);

    /** The open round's score as the dashboard judges it; a denominator of 0: no score. */
    @NotNull
    @Default("0")
    long getScoreNumerator();

    void setScoreNumerator(long scoreNumerator);

    @NotNull
    @Default("0")
    long getScoreDenominator();

    void setScoreDenominator(long scoreDenominator);

    /** The app's suggestion for the open round: ready, not-yet or cannot-decide. */
    @NotNull
    @StringLength(32)
    String getSuggestion();

    void setSuggestion(String suggestion);

    /** The decision in force (the latest recorded), null when none. */
    @StringLength(32)
    String getDecision();

    void setDecision(String decision);

    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);

    @NotNull
    @Default("0")
    int getOpenActions();

    void setOpenActions(int openActions);

    /** The earliest due day of an open action, ISO as the actions keep it (so that SQL compares it as text). */
    @StringLength(10)
    String getEarliestOpenDue();

    void setEarliestOpenDue(String earliestOpenDue);
}
