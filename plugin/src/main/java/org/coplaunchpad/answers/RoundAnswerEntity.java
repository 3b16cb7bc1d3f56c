package org.coplaunchpad.answers;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A member's (or the team's) answer as it stood when its round closed: what the next round shows them as a hint,
 * never as an answer. Personal: deleted with the member. Table AO_xxxxxx_ROUND_ANSWER. Only {@link RoundStore}
 * touches it.
 */
@Preload({"ID", "ROUND_ID", "ITEM_KEY", "RESPONDENT", "ANSWER"})
@Table("RoundAnswer")
@Indexes(@Index(name = "round_answer_round", methodNames = {"getRoundId", "getRespondent"}))
public interface RoundAnswerEntity extends Entity {
    @NotNull
    int getRoundId();

    void setRoundId(int roundId);

    @NotNull
    @StringLength(100)
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    @StringLength(255)
    String getRespondent();

    void setRespondent(String respondent);

    @NotNull
    @StringLength(16)
    String getAnswer();

    void setAnswer(String answer);

    @StringLength(net.java.ao.schema.StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);
}
