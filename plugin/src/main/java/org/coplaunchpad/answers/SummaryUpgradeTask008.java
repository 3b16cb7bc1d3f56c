package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.coplaunchpad.AppClock;

/**
 * Model version 8, the institution overview's summary: creates its table and builds one row per checklist that is
 * registered or answered, from a full recomputation judged as the dashboard judges it. Runs as the AO plugin runs
 * it: in its own transaction, before AO migrates the declared entities (confluence-api.md §8); built by constructor
 * autowiring, so the judge and SAL's executor come from the app's context.
 */
public class SummaryUpgradeTask008 implements ActiveObjectsUpgradeTask {
    private final TransactionalExecutorFactory sql;
    private final ChecklistJudge judge;
    private final AppClock clock;

    public SummaryUpgradeTask008(TransactionalExecutorFactory sql, ChecklistJudge judge, AppClock clock) {
        this.sql = sql;
        this.judge = judge;
        this.clock = clock;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("8");
    }

    /**
     * Uses only the ActiveObjects handed in (the app's ActiveObjects service waits for these tasks to finish), and
     * SAL's executor, which joins the task's transaction on the same connection.
     */
    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // Every table the recomputation reads, as this release declares it, and the summary itself.
        ao.migrate(AnswerEntity.class, LaunchSettingsEntity.class, ChecklistPageEntity.class,
                AssessmentRoundEntity.class, LaunchDecisionEntity.class, LaunchActionEntity.class,
                ChecklistSummaryEntity.class);
        Transactions transactions = new Transactions(ao);
        new OverviewSummaries(transactions, new SummaryStore(ao, sql, transactions), new FigureStore(sql, transactions),
                new RegistryStore(ao, transactions, clock), new LaunchSettingsStore(ao, transactions, clock),
                new RoundStore(ao, transactions, clock), new DecisionStore(ao, transactions, clock),
                new ActionStore(ao, transactions, clock), judge).rebuild();
    }
}
