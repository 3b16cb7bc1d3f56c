package com.atlassian.activeobjects.external;

/**
 * confluence-api.md §8 (AO task type): an interface; the AO plugin builds each {@code <upgradeTask>} by
 * constructor autowiring and runs those newer than the stored model version, before its own migration.
 */
public interface ActiveObjectsUpgradeTask {
    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
