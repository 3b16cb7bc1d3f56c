package org.coplaunchpad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.util.List;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.ActionStore;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.answers.DecisionStore;
import org.coplaunchpad.answers.FigureStore;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.NewDecision;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RecordedAnswer;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.LaunchSettingsStore;
import org.coplaunchpad.answers.MemberErasure;
import org.coplaunchpad.answers.OverviewSummaries;
import org.coplaunchpad.answers.SummaryStore;
import org.coplaunchpad.answers.PageMoves;
import org.coplaunchpad.answers.RegistryStore;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.answers.SpaceErasure;
import org.coplaunchpad.answers.Transactions;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.dashboard.Assessor;
import org.coplaunchpad.registry.ChecklistRegistry;
import org.coplaunchpad.registry.StoredPages;

/** The app's stores wired as Spring wires them, on one ActiveObjects and one SAL executor (real or wrapped). */
public final class Stores {
    public final Transactions transactions;
    public final AnswerStore answers;
    public final FigureStore figures;
    public final LaunchSettingsStore settings;
    public final RegistryStore registry;
    public final PageMoves pageMoves;
    public final SpaceErasure erasure;
    public final MemberErasure memberErasure;
    public final RoundStore rounds;
    public final DecisionStore decisions;
    public final ActionStore actions;
    public final SummaryStore summaryStore;
    /** The overview's summary, judged by the dashboard's Assessor as in the app. */
    public final OverviewSummaries summaries;

    public Stores(ActiveObjects ao, TransactionalExecutorFactory sql, AppClock clock) {
        this.transactions = new Transactions(ao);
        this.answers = new AnswerStore(ao, sql, transactions, clock);
        this.figures = new FigureStore(sql, transactions);
        this.settings = new LaunchSettingsStore(ao, transactions, clock);
        this.registry = new RegistryStore(ao, transactions, clock);
        this.rounds = new RoundStore(ao, transactions, clock);
        this.decisions = new DecisionStore(ao, transactions, clock);
        this.actions = new ActionStore(ao, transactions, clock);
        this.summaryStore = new SummaryStore(ao, sql, transactions);
        this.summaries = new OverviewSummaries(transactions, summaryStore, figures, registry, settings, rounds,
                decisions, actions, new Assessor(new Catalog()));
        this.erasure = new SpaceErasure(summaries, answers, settings, registry, rounds, decisions, actions);
        this.memberErasure = new MemberErasure(summaries, answers, rounds, decisions, settings, actions);
        this.pageMoves = new PageMoves(transactions, registry, answers);
    }

    /** The checklist registry on these stores, reading pages from the mocked Confluence. */
    public ChecklistRegistry checklistRegistry(ConfluenceFixture confluence) {
        return new ChecklistRegistry(registry, pageMoves,
                new StoredPages(confluence.pageManager, confluence.spaceManager, new Catalog()), summaries);
    }

    /** An answer as AnsweringService records it: with its checklist's summary, in one transaction. */
    public RecordedAnswer answer(GivenAnswer given) {
        return summaries.ofAnswer(given, answers);
    }

    /** A decision as DecisionRecording records it on a closed round: with its checklist's summary. */
    public RecordedDecision decide(NewDecision decision) {
        return summaries.ofChecklist("record a launch decision", decision.spaceKey(), decision.checklist(),
                () -> decisions.record(decision));
    }

    /** A page's checklists as ChecklistRegistry registers them: with the summaries of its space. */
    public boolean register(long pageId, String spaceKey, List<PageChecklist> checklists) {
        return summaries.ofSpaces("register the checklists of a page", List.of(spaceKey),
                () -> registry.register(pageId, spaceKey, checklists));
    }

    public static Stores on(StoreDatabase database, AppClock clock) {
        return new Stores(database.activeObjects(), database.sql(), clock);
    }
}
