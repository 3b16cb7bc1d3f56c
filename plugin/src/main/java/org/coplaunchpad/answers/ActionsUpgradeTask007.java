package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 7, the action plan: creates the actions and their history. Nothing to move: no action existed
 * before. Runs as the AO plugin runs it: in its own transaction, before AO migrates the declared entities
 * (confluence-api.md §8).
 */
public class ActionsUpgradeTask007 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("7");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(LaunchActionEntity.class, ActionChangeEntity.class);
    }
}
