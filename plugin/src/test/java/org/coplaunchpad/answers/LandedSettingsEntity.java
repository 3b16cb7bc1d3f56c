package org.coplaunchpad.answers;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** LAUNCH_SETTINGS as the releases before model version 3 declared it (no quorum): for upgrade tests only. */
@Preload
@Table("LaunchSettings")
public interface LandedSettingsEntity extends Entity {
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

    @NotNull
    @StringLength(255)
    String getUpdatedBy();

    void setUpdatedBy(String updatedBy);

    @NotNull
    Date getUpdatedAt();

    void setUpdatedAt(Date updatedAt);
}
