package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 6, the decision record: creates the launch decisions and the history of threshold changes. Nothing
 * to move: no decision was recorded before this version, and earlier threshold changes were not kept (the current
 * thresholds stay as they are). Runs as the AO plugin runs it: in its own transaction, before AO migrates the
 * declared entities (confluence-api.md §8).
 */
public class DecisionUpgradeTask006 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("6");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(LaunchDecisionEntity.class, ThresholdChangeEntity.class);
    }
}
