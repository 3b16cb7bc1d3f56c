package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 4, candid answers: the registry keeps each page's {@code reveal} (null: the macro's default,
 * after-answer) and {@code confidential} parameters, and each answer whether it was given while its checklist was
 * confidential (ITEM_ANSWER.CONFIDENTIAL, default false: nothing answered before was). Runs as the AO plugin runs
 * it: in its own transaction, before AO migrates the declared entities (confluence-api.md §8).
 */
public class CandidUpgradeTask004 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("4");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(ChecklistPageEntity.class, AnswerEntity.class);
    }
}
