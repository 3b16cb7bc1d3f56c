package org.coplaunchpad.answers;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One item of a closed round as it was judged when the round closed: its counts, its state, its recommendation
 * (stored, so that a later catalog does not move it) and whether it was a fundamental condition. Counts are not
 * personal: they stay when a member is removed. Table AO_xxxxxx_ROUND_ITEM. Only {@link RoundStore} touches it.
 */
@Preload
@Table("RoundItem")
@Indexes(@Index(name = "round_item_round", methodNames = {"getRoundId"}))
public interface RoundItemEntity extends Entity {
    @NotNull
    int getRoundId();

    void setRoundId(int roundId);

    @NotNull
    @StringLength(100)
    String getItemKey();

    void setItemKey(String itemKey);

    @NotNull
    @Default("0")
    int getYesCount();

    void setYesCount(int yesCount);

    @NotNull
    @Default("0")
    int getPartlyCount();

    void setPartlyCount(int partlyCount);

    @NotNull
    @Default("0")
    int getNoCount();

    void setNoCount(int noCount);

    @NotNull
    @Default("0")
    int getUnknownCount();

    void setUnknownCount(int unknownCount);

    /** not-assessed, unknown, too-few, split, met, not-met. */
    @NotNull
    @StringLength(20)
    String getState();

    void setState(String state);

    /** The recommendation's key, or empty for a fundamental condition. */
    @StringLength(64)
    String getRecommendation();

    void setRecommendation(String recommendation);

    @NotNull
    @Default("false")
    boolean isGate();

    void setGate(boolean gate);

    /** The team's answer in shared mode (a value of Answer), else none. */
    @StringLength(16)
    String getTeamAnswer();

    void setTeamAnswer(String teamAnswer);
}
