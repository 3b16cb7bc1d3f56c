package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 3, the quorum: adds LAUNCH_SETTINGS.QUORUM (NOT NULL, default 3), so that every space that changed
 * its thresholds keeps them and gets the default quorum. Runs as the AO plugin runs it: in its own transaction,
 * before AO migrates the declared entities (confluence-api.md §8).
 */
public class SettingsUpgradeTask003 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(LaunchSettingsEntity.class);
    }
}
