package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Model version 5, assessment rounds: creates the rounds, their frozen items and the answers closed rounds keep, and
 * gives each answer row the answer it had when the last round closed (ITEM_ANSWER.PREVIOUS_ANSWER, null: none yet).
 * Nothing to move: every checklist is in round 1 until a round is closed (a round's row is written lazily, by its
 * first answer, deadline or closing). Runs as the AO plugin runs it: in its own transaction, before AO migrates the
 * declared entities (confluence-api.md §8).
 */
public class RoundsUpgradeTask005 implements ActiveObjectsUpgradeTask {
    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AssessmentRoundEntity.class, RoundItemEntity.class, RoundAnswerEntity.class, AnswerEntity.class);
    }
}
