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
 * One assessment round of a checklist in a space (model version 5): round 1 opens with the checklist; closing a
 * round freezes its figures here and in {@link RoundItemEntity}, moves its answers to {@link RoundAnswerEntity},
 * and opens the next. The open round's row is also what an answer and a closing serialise on. Table
 * AO_xxxxxx_ASSESSMENT_ROUND. Only {@link RoundStore} touches it.
 */
@Preload
@Table("AssessmentRound")
@Indexes(@Index(name = "round_space_checklist", methodNames = {"getSpaceKey", "getChecklist"}))
public interface AssessmentRoundEntity extends Entity {
    /** SHA-256 of (space, checklist, number): one row per round. */
    @NotNull
    @Unique
    @StringLength(64)
    String getRoundKey();

    void setRoundKey(String roundKey);

    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(AnswerKey.MAX_CHECKLIST_LENGTH)
    String getChecklist();

    void setChecklist(String checklist);

    /** 1, 2, …: NUMBER itself is a name AO refuses (a reserved word). */
    @NotNull
    int getRoundNumber();

    void setRoundNumber(int roundNumber);

    @NotNull
    Date getOpenedAt();

    void setOpenedAt(Date openedAt);

    /** Null while the round is open. */
    Date getClosedAt();

    void setClosedAt(Date closedAt);

    @StringLength(255)
    String getClosedBy();

    void setClosedBy(String closedBy);

    /** Answers are refused after this instant, until the round is closed or the deadline moved. */
    Date getDeadline();

    void setDeadline(Date deadline);

    /** The time zone the deadline was chosen in (IANA id, e.g. Europe/Paris): it is shown in that zone. */
    @StringLength(64)
    String getDeadlineZone();

    void setDeadlineZone(String deadlineZone);

    /**
     * Written by a closing first, so that two closings of the round serialise on this row. (Answers wrote it too until
     * model version 8's summary row took that role: an answer and a closing now serialise on the summary's lock.)
     */
    @NotNull
    @Default("0")
    int getAnswerWrites();

    void setAnswerWrites(int answerWrites);

    // The frozen figures of a closed round: as the dashboard judged it when it closed, never recomputed.

    @NotNull
    @Default("0")
    int getRespondents();

    void setRespondents(int respondents);

    /** The score as an exact fraction; a denominator of 0 means "no score" (no recommendation in scope). */
    @NotNull
    @Default("0")
    long getScoreNumerator();

    void setScoreNumerator(long scoreNumerator);

    @NotNull
    @Default("0")
    long getScoreDenominator();

    void setScoreDenominator(long scoreDenominator);

    /** ready, not-yet, cannot-decide: the verdict the figures suggested. */
    @StringLength(20)
    String getDecision();

    void setDecision(String decision);

    /** The section keys of the round's scope, comma-separated; empty: every section. */
    @StringLength(450)
    String getScope();

    void setScope(String scope);

    @NotNull
    @Default("0")
    int getMajorityPercent();

    void setMajorityPercent(int majorityPercent);

    @NotNull
    @Default("0")
    int getReadinessPercent();

    void setReadinessPercent(int readinessPercent);

    @NotNull
    @Default("0")
    int getQuorum();

    void setQuorum(int quorum);

    @NotNull
    @Default("false")
    boolean isShared();

    void setShared(boolean shared);

    @NotNull
    @Default("false")
    boolean isConfidential();

    void setConfidential(boolean confidential);
}
