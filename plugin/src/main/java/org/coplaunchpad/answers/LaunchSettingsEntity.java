package org.coplaunchpad.answers;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Default;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A space's launch thresholds and quorum, when its administrators changed the defaults. Table AO_xxxxxx_LAUNCH_SETTINGS. */
@Preload
@Table("LaunchSettings")
public interface LaunchSettingsEntity extends Entity {
    @NotNull
    @Unique
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    int getMajorityPercent();

    void setMajorityPercent(int majorityPercent);

    @NotNull
    int getReadinessPercent();

    void setReadinessPercent(int readinessPercent);

    /** Members who must have answered before a personal checklist can be ready (model version 3, task 3). */
    @NotNull
    @Default("3")
    int getQuorum();

    void setQuorum(int quorum);

    @NotNull
    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
