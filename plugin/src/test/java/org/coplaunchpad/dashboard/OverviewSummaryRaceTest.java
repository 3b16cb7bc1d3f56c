package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.ChecklistSummary;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.NewAction;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.PlannedAction;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.decision.DecisionForm;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The overview's summary loses no update when two Data Center nodes change the same checklists at once: 32 threads
 * on two independent stacks (pool, transactions, AO engine, stores) over one database answer, clear, close rounds,
 * record decisions, plan and change actions, change thresholds and edit pages at random; afterwards every summary
 * row equals a full recomputation from the rows. On H2 and, when present (required in CI), PostgreSQL in READ
 * COMMITTED and MariaDB in REPEATABLE READ, its own default, where a snapshot taken too early would show.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class OverviewSummaryRaceTest {
    private static final int THREADS = 32;
    private static final List<String> SPACES = List.of("CDP", "OPS", "RH");
    private static final List<String> CHECKLISTS = List.of("readiness", "launch-2027");
    private static final List<Answer> ANSWERS = List.of(Answer.YES, Answer.PARTLY, Answer.NO, Answer.UNKNOWN,
            Answer.NONE);

    @Parameter
    TestDatabases.Kind kind;
    private final List<StoreDatabase> nodes = new ArrayList<>();

    @AfterEach
    void closeTheNodes() {
        // The other node first: the first one drops the database.
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    /** One node's app: its stores and the services that change checklists, as Spring wires them. */
    private record Node(Stores stores, RoundClosing closing, DecisionRecording recording) {
        static Node on(StoreDatabase database) {
            Stores stores = Stores.on(database, new AppClock());
            Assessor assessor = new Assessor(new Catalog());
            RoundClosing closing = new RoundClosing(stores.summaries, stores.rounds, stores.figures, stores.settings,
                    stores.checklistRegistry(new ConfluenceFixture()), assessor);
            return new Node(stores, closing, new DecisionRecording(stores.summaries, closing, stores.rounds,
                    stores.decisions));
        }
    }

    private String isolation() {
        return kind == TestDatabases.Kind.MARIADB ? "TRANSACTION_REPEATABLE_READ" : "TRANSACTION_READ_COMMITTED";
    }

    @Test
    void every_summary_row_equals_a_full_recomputation_after_racing_changes_on_two_nodes() throws Exception {
        nodes.add(StoreDatabase.open(kind, isolation()));
        nodes.add(nodes.get(0).anotherNode(isolation()));
        List<Node> apps = nodes.stream().map(Node::on).toList();
        for (String space : SPACES) {
            apps.get(0).stores().register(pageId(space, 0), space, List.of(
                    new PageChecklist(CHECKLISTS.get(0), "personal", List.of()),
                    new PageChecklist(CHECKLISTS.get(1), "personal", List.of("fundamentals"))));
        }
        int operationsEach = kind == TestDatabases.Kind.H2 ? 40 : 16;
        ConcurrentHashMap<String, AtomicInteger> done = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        // The last changes all race on one checklist: a later change must not heal an update lost before it.
        CyclicBarrier finale = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Node app = apps.get(t % 2);
                boolean answersLast = t % 4 != 0;
                Random random = new Random(1000L + t);
                running.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < operationsEach; i++) {
                        String kindOfChange = change(app, random, SPACES.get(random.nextInt(SPACES.size())),
                                CHECKLISTS.get(random.nextInt(CHECKLISTS.size())));
                        done.computeIfAbsent(kindOfChange, k -> new AtomicInteger()).incrementAndGet();
                    }
                    finale.await(5, TimeUnit.MINUTES);
                    // Answers race each other and changes of the space's thresholds, which judge them.
                    done.computeIfAbsent("last " + (answersLast ? answer(app.stores(), random, "CDP", "readiness")
                            : thresholds(app.stores(), random, "CDP")), k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : running) {
                future.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        Stores stores = apps.get(1).stores();
        Comparator<ChecklistSummary> order = Comparator.comparing(ChecklistSummary::spaceKey)
                .thenComparing(ChecklistSummary::checklist);
        List<ChecklistSummary> kept = stores.summaryStore.every().stream().sorted(order).toList();
        List<ChecklistSummary> recomputed = stores.summaries.recomputed().stream().sorted(order).toList();
        assertEquals(recomputed, kept, "after " + done);
        assertEquals(SPACES.size() * CHECKLISTS.size(), kept.size(), "every registered checklist is listed");
        assertTrue(kept.stream().anyMatch(row -> row.respondents() > 0), "answers were counted: " + kept);
        assertTrue(kept.stream().anyMatch(row -> row.roundNumber() > 1), "rounds were closed: " + kept);
        assertTrue(kept.stream().anyMatch(row -> row.decision().isPresent()), "decisions were recorded: " + kept);
        assertTrue(kept.stream().anyMatch(row -> row.openActions() > 0), "actions are open: " + kept);
    }

    private static String answer(Stores stores, Random random, String space, String checklist) {
        String member = "member-" + random.nextInt(6);
        String item = new Catalog().readinessItems().get(random.nextInt(6)).key();
        stores.answer(new GivenAnswer(AnswerKey.personal(space, checklist, item, member),
                ANSWERS.get(random.nextInt(ANSWERS.size())), member, pageId(space, 0)));
        return "answer";
    }

    /** As the dashboard saves them: with the summaries of the space. */
    private static String thresholds(Stores stores, Random random, String space) {
        LaunchThresholds thresholds = new LaunchThresholds(50 + random.nextInt(30), 50 + random.nextInt(40),
                1 + random.nextInt(3));
        stores.summaries.ofSpaces("save thresholds", List.of(space), () -> {
            stores.settings.saveThresholds(space, thresholds, "coach");
            return null;
        });
        return "thresholds";
    }

    private static long pageId(String space, int n) {
        return (SPACES.indexOf(space) + 1) * 100L + n;
    }

    /** One change, as the app's services make it (each through the summary); returns what it was. */
    private static String change(Node app, Random random, String space, String checklist) {
        Stores stores = app.stores();
        int dice = random.nextInt(100);
        if (dice < 70) {
            return answer(stores, random, space, checklist);
        }
        if (dice < 76) {
            app.closing().close(space, checklist, "coach");
            return "closing";
        }
        if (dice < 82) {
            String decision = random.nextBoolean() ? "not-yet" : "launch";
            app.recording().record(space, new DecisionForm(checklist, decision, "", "", random.nextBoolean()), "coach");
            return "decision";
        }
        if (dice < 92) {
            Optional<RecordedDecision> latest = stores.decisions.latest(space, checklist);
            List<PlannedAction> plan = stores.actions.plan(space, checklist);
            if (plan.isEmpty() || random.nextBoolean()) {
                latest.ifPresent(decision -> stores.summaries.ofChecklist("add an action", space, checklist, () ->
                        stores.actions.create(new NewAction(space, checklist, (int) decision.id(),
                                decision.roundNumber(), Optional.empty(), Optional.of("A coach is named"), "",
                                "alice", LocalDate.parse("2026-12-01").plusDays(random.nextInt(10)), "coach"))));
                return "new action";
            }
            int id = plan.get(random.nextInt(plan.size())).id();
            int how = random.nextInt(4);
            stores.summaries.ofChecklist("change an action", space, checklist, () -> switch (how) {
                case 0 -> stores.actions.markDone(space, id, "alice");
                case 1 -> stores.actions.reopen(space, id, "alice");
                case 2 -> stores.actions.reschedule(space, id, LocalDate.parse("2026-11-20")
                        .plusDays(random.nextInt(30)), "coach");
                default -> stores.actions.delete(space, id, "coach");
            });
            return "action change";
        }
        if (dice < 96) {
            return thresholds(stores, random, space);
        }
        // An editor saves the second page of the space with or without the checklist, confidential or not.
        List<PageChecklist> carried = random.nextBoolean() ? List.of()
                : List.of(new PageChecklist(checklist, "personal", List.of(), "after-answer", random.nextBoolean()));
        stores.register(pageId(space, 1), space, carried);
        return "page edit";
    }
}
