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
 * A change of a space's thresholds or quorum (model version 6): who, when, old → new. Listed with the decisions,
 * because a verdict is read against the thresholds of its time. Never changed, except that a removed user becomes
 * null. Table AO_xxxxxx_THRESHOLD_CHANGE. Only {@link LaunchSettingsStore} touches it.
 */
@Preload
@Table("ThresholdChange")
@Indexes(@Index(name = "threshold_change_space", methodNames = {"getSpaceKey"}))
public interface ThresholdChangeEntity extends Entity {
    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** The user key of who changed them; null once Confluence removed them. */
    @StringLength(255)
    String getChangedBy();

    void setChangedBy(String changedBy);

    @NotNull
    Date getChangedAt();

    void setChangedAt(Date changedAt);

    @NotNull
    int getOldMajority();

    void setOldMajority(int oldMajority);

    @NotNull
    int getOldReadiness();

    void setOldReadiness(int oldReadiness);

    @NotNull
    int getOldQuorum();

    void setOldQuorum(int oldQuorum);

    @NotNull
    int getNewMajority();

    void setNewMajority(int newMajority);

    @NotNull
    int getNewReadiness();

    void setNewReadiness(int newReadiness);

    @NotNull
    int getNewQuorum();

    void setNewQuorum(int newQuorum);
}
