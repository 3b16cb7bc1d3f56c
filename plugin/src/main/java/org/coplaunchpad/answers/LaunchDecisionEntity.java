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
 * One launch decision the space's administrators recorded on a closed round of a checklist (model version 6): what
 * they decided, why, on which conditions, who and when. The round's figures are those frozen in
 * {@link AssessmentRoundEntity} and {@link RoundItemEntity} when it closed: never edited, so the decision points at
 * them by the round's number. Rows are never changed, except that a removed decider becomes null; a new decision
 * supersedes the last. Table AO_xxxxxx_LAUNCH_DECISION. Only {@link DecisionStore} touches it.
 */
@Preload
@Table("LaunchDecision")
@Indexes(@Index(name = "decision_space_checklist", methodNames = {"getSpaceKey", "getChecklist"}))
public interface LaunchDecisionEntity extends Entity {
    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @StringLength(AnswerKey.MAX_CHECKLIST_LENGTH)
    String getChecklist();

    void setChecklist(String checklist);

    /** The closed round decided on. */
    @NotNull
    int getRoundNumber();

    void setRoundNumber(int roundNumber);

    /** launch, launch-with-conditions, not-yet, abandon. */
    @NotNull
    @StringLength(32)
    String getDecision();

    void setDecision(String decision);

    /** Plain text, shown as text; null when none was given. */
    @StringLength(StringLength.UNLIMITED)
    String getRationale();

    void setRationale(String rationale);

    /** The conditions of launch-with-conditions, one per line; null otherwise. (CONDITION is a reserved word.) */
    @StringLength(StringLength.UNLIMITED)
    String getConditionLines();

    void setConditionLines(String conditionLines);

    /** The decider's user key; null once Confluence removed them ("a removed user"). */
    @StringLength(255)
    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    @NotNull
    Date getDecidedAt();

    void setDecidedAt(Date decidedAt);
}
