package org.coplaunchpad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Runs an AO upgrade task as the AO plugin does: in its own transaction, on the ActiveObjects it hands over. */
public final class UpgradeTasks {
    private UpgradeTasks() {
    }

    /** {@code storedVersion}: the model version the database says it is at (null before the first task). */
    public static void run(ActiveObjects ao, ActiveObjectsUpgradeTask task, String storedVersion) {
        ao.executeInTransaction(() -> {
            task.upgrade(ModelVersion.valueOf(storedVersion), ao);
            return null;
        });
    }
}
