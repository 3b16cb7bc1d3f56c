package org.coplaunchpad.bench;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.spaces.Space;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.dashboard.Assessor;
import org.coplaunchpad.dashboard.DashboardService;
import org.coplaunchpad.dashboard.OverviewService;
import org.coplaunchpad.dashboard.OverviewSort;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.postgresql.PGConnection;

/**
 * Dashboard and overview response times on PostgreSQL with 5,000 spaces and 2,000,000 answers, next to the raw SQL
 * aggregation time on the same data. Run with:
 *
 * <pre>mvn -q -o -pl plugin test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.coplaunchpad.bench.DashboardBenchmark [-Dbench.spaces=5000 -Dbench.members=20]</pre>
 *
 * Each space has {@code members} members who answered each of the 19 readiness items (ticked or not at random),
 * and one history row per answer. Not a test: it prints a Markdown table for docs/benchmarks.md.
 */
public final class DashboardBenchmark {
    private static final int RUNS = Integer.getInteger("bench.runs", 30);
    /**
     * Runs before the timed ones: enough for the JIT to compile the view models' code as a server that has shown
     * dashboards all day has it (5 left the HTML and the view model half interpreted: 3.0 ms of HTML, 0.8 ms warm).
     */
    private static final int WARMUP = Integer.getInteger("bench.warmup", 200);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /**
     * The spaces whose dashboards are timed: besides their answers, each has two closed rounds (19 frozen items each),
     * a « pas encore » and two actions, as a community does after its first decision.
     */
    private static final int DECIDED = Integer.getInteger("bench.decided", 100);

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int spaces = Integer.getInteger("bench.spaces", 5000);
        int members = Integer.getInteger("bench.members", 20);
        String unavailable = TestDatabases.unavailableReason(TestDatabases.Kind.POSTGRESQL);
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
        try (StoreDatabase database = StoreDatabase.open(TestDatabases.Kind.POSTGRESQL)) {
            List<ReadinessItem> items = new Catalog().readinessItems();
            long loadStart = System.nanoTime();
            long answers = load(database, spaces, members, items);
            System.out.printf(Locale.ROOT, "loaded %,d answers (+ as many history rows) in %d spaces in %.1f s%n",
                    answers, spaces, (System.nanoTime() - loadStart) / 1e9);
            try (Connection connection = database.ao().connection(); Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }

            Stores stores = Stores.on(database, new AppClock());
            ConfluenceFixture confluence = new ConfluenceFixture();
            MacroHarness harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
            // Texts as Confluence resolves them, unless -Dbench.i18n=strict: the tests' resolver also records every
            // key asked and looks each one up in the other language too (so that a missing translation fails a test).
            org.coplaunchpad.macro.ViewerTexts texts = "strict".equals(System.getProperty("bench.i18n"))
                    ? harness.viewerTexts : new org.coplaunchpad.macro.ViewerTexts(new PlainI18nResolver(),
                    harness.localeResolver);
            DashboardService service = new DashboardService(new Catalog(), stores.figures, new Assessor(new Catalog()), new AnswerTexts(confluence.memberNames),
                    stores.checklistRegistry(confluence), confluence.accessPolicy, new org.coplaunchpad.AppClock(), stores.transactions,
                    confluence.pageManager);
            OverviewService overview = new OverviewService(stores.summaryStore, new AppClock(), confluence.spaceManager);
            Random random = new Random(7);
            long decideStart = System.nanoTime();
            decide(stores, items);
            System.out.printf(Locale.ROOT, "%d spaces given two closed rounds, a decision and two actions in %.1f s%n",
                    DECIDED, (System.nanoTime() - decideStart) / 1e9);
            long summaryStart = System.nanoTime();
            // Rows written behind the app's services: their summary is built as upgrade task 8 builds it.
            int summarised = stores.summaries.rebuild();
            System.out.printf(Locale.ROOT, "built the overview's summary (%,d rows) in %.1f s%n", summarised,
                    (System.nanoTime() - summaryStart) / 1e9);

            List<Result> results = new ArrayList<>();
            // The spaces are mocked before the clock starts: a Mockito mock per run was timed with the dashboard.
            Space[] decidedSpaces = new Space[DECIDED];
            for (int s = 0; s < DECIDED; s++) {
                decidedSpaces[s] = mock(Space.class);
                when(decidedSpaces[s].getKey()).thenReturn(spaceKey(s));
                when(decidedSpaces[s].getName()).thenReturn(spaceKey(s));
            }
            results.add(measure("space dashboard (view model + HTML)", () -> {
                Space space = decidedSpaces[random.nextInt(DECIDED)];
                var view = service.spaceDashboard(DashboardService.DashboardRequest.of(space, Viewer.user("coach"),
                        "/confluence", "t", texts.in(Locale.ENGLISH)));
                return harness.templates.render("templates/dashboard.vm", Map.of("dashboard", view)).length();
            }));
            results.add(measure("  of which the view model alone", () -> {
                Space space = decidedSpaces[random.nextInt(DECIDED)];
                return service.spaceDashboard(DashboardService.DashboardRequest.of(space, Viewer.user("coach"),
                        "/confluence", "t", texts.in(Locale.ENGLISH)));
            }));
            Space rendered = mock(Space.class);
            when(rendered.getKey()).thenReturn(spaceKey(0));
            when(rendered.getName()).thenReturn(spaceKey(0));
            var prebuilt = service.spaceDashboard(DashboardService.DashboardRequest.of(rendered, Viewer.user("coach"),
                    "/confluence", "t", texts.in(Locale.ENGLISH)));
            results.add(measure("  of which the HTML from a prebuilt view model", () ->
                    harness.templates.render("templates/dashboard.vm", Map.of("dashboard", prebuilt)).length()));
            results.add(measure("raw SQL: the same space's figures, rounds, decisions and plan", () ->
                    rawSpace(database, spaceKey(random.nextInt(DECIDED)))));
            results.add(measure("overview page (25 rows, by activity)", () -> {
                var view = overview.page(OverviewService.OverviewRequest.of(OverviewSort.ACTIVITY, true),
                        1 + random.nextInt(spaces / 25), 25, "/confluence", texts.in(Locale.ENGLISH));
                return harness.templates.render("templates/overview.vm", Map.of("overview", view)).length();
            }));
            results.add(measure("raw SQL: the same page of the summary", () ->
                    rawSummaryPage(database, 25 * random.nextInt(spaces / 25))));
            // Nearly all of it is PostgreSQL's: a few runs warm it as well as many.
            results.add(measure("raw SQL: the overview's aggregation without a summary (before model version 8)", 5,
                    () -> rawOverview(database, 25 * random.nextInt(spaces / 25))));

            System.out.println();
            System.out.printf(Locale.ROOT, "%d warm-up runs, %d timed runs each, texts from the %s resolver%n", WARMUP,
                    RUNS, texts == harness.viewerTexts ? "tests' strict" : "plain (Confluence's way)");
            System.out.println("| what | median ms | p95 ms | CPU ms of this thread (median) |");
            System.out.println("|---|---:|---:|---:|");
            for (Result result : results) {
                System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f | %.2f |%n", result.name(), result.median(),
                        result.p95(), result.cpuMedian());
            }
            System.out.printf(Locale.ROOT, "%nratio dashboard / raw SQL: %.2f; view model / raw SQL: %.2f; overview / raw SQL: %.2f%n",
                    results.get(0).median() / results.get(3).median(), results.get(1).median() / results.get(3).median(),
                    results.get(4).median() / results.get(5).median());
        }
    }

    /**
     * Wall time and this thread's CPU time (the JVM's work only: PostgreSQL's work is in its own process, so for the
     * raw SQL the CPU time is the driver's, and wall minus CPU is mostly the database and the round trips).
     */
    /** The pattern of the app's bundles in the viewer's language, formatted by MessageFormat, as Confluence does. */
    private static final class PlainI18nResolver implements com.atlassian.sal.api.message.I18nResolver {
        @Override
        public String getText(Locale locale, String key, java.io.Serializable... arguments) {
            return new java.text.MessageFormat(org.coplaunchpad.testing.BundleI18nResolver.pattern(locale, key), locale)
                    .format(arguments);
        }

        @Override
        public String getText(Locale locale, String key) {
            return getText(locale, key, new java.io.Serializable[0]);
        }

        @Override
        public String getRawText(Locale locale, String key) {
            return org.coplaunchpad.testing.BundleI18nResolver.pattern(locale, key);
        }
    }

    private record Result(String name, double median, double p95, double cpuMedian) {
    }

    private static Result measure(String name, Supplier<Object> work) {
        return measure(name, WARMUP, work);
    }

    private static Result measure(String name, int warmup, Supplier<Object> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = CPU.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpu);
        return new Result(name, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1], cpu[RUNS / 2]);
    }

    static String spaceKey(int index) {
        return String.format(Locale.ROOT, "S%05d", index);
    }

    /** Bulk load with PostgreSQL's COPY: the benchmark measures reading, not our insert path. */
    static long load(StoreDatabase database, int spaces, int members, List<ReadinessItem> items) throws Exception {
        Random random = new Random(42);
        String prefix = database.ao().tablePrefix();
        long rows = 0;
        try (Connection connection = database.ao().connection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder answers = new StringBuilder();
            StringBuilder history = new StringBuilder();
            Instant start = Instant.parse("2026-09-01T08:00:00Z");
            for (int s = 0; s < spaces; s++) {
                String space = spaceKey(s);
                for (int m = 0; m < members; m++) {
                    String member = "user" + m;
                    for (ReadinessItem item : items) {
                        boolean checked = random.nextInt(100) < 60;
                        Timestamp at = Timestamp.from(start.plusSeconds(random.nextInt(86_400 * 80)));
                        AnswerKey key = AnswerKey.personal(space, "readiness", item.key(), member);
                        String hash = Integer.toHexString(key.hashCode()) + "-" + rows;
                        answers.append(hash).append('\t').append(space).append("\treadiness\t").append(item.key()).append('\t')
                                .append(member).append('\t').append(checked ? "yes" : "no").append("\t1\t").append(s + 1)
                                .append('\t').append(member).append('\t').append(at).append('\n');
                        history.append(hash).append('\t').append(space).append("\treadiness\t").append(item.key()).append('\t')
                                .append(member).append("\t1\tnone\t").append(checked ? "yes" : "no").append('\t').append(member)
                                .append('\t').append(at).append('\t').append(s + 1).append('\n');
                        rows++;
                    }
                }
                if (s % 250 == 249 || s == spaces - 1) {
                    copy.copyIn("COPY \"" + prefix + "ITEM_ANSWER\" (\"ANSWER_KEY\", \"SPACE_KEY\", \"CHECKLIST\", \"ITEM_KEY\", "
                            + "\"RESPONDENT\", \"ANSWER\", \"REVISION\", \"PAGE_ID\", \"ANSWERED_BY\", \"ANSWERED_AT\") FROM STDIN",
                            new StringReader(answers.toString()));
                    copy.copyIn("COPY \"" + prefix + "ITEM_ANSWER_CHANGE\" (\"CHANGE_KEY\", \"SPACE_KEY\", \"CHECKLIST\", \"ITEM_KEY\", "
                            + "\"RESPONDENT\", \"REVISION\", \"WAS_ANSWER\", \"NOW_ANSWER\", \"CHANGED_BY\", \"CHANGED_AT\", \"PAGE_ID\") FROM STDIN",
                            new StringReader(history.toString()));
                    answers.setLength(0);
                    history.setLength(0);
                }
            }
        }
        return rows;
    }

    /** Through the app's stores (what is timed is reading them): two rounds closed, a decision, two actions. */
    private static void decide(Stores stores, List<ReadinessItem> items) {
        for (int s = 0; s < DECIDED; s++) {
            String space = spaceKey(s);
            for (int round = 1; round <= 2; round++) {
                List<org.coplaunchpad.answers.RoundStore.FrozenItem> frozen = new ArrayList<>();
                for (ReadinessItem item : items) {
                    frozen.add(new org.coplaunchpad.answers.RoundStore.FrozenItem(item.key(),
                            new org.coplaunchpad.answers.AnswerCounts(13, 2, 5, 2), round == 1 ? "not-met" : "met", "",
                            false, org.coplaunchpad.answers.Answer.NONE));
                }
                int number = stores.rounds.lockForClosing(space, "readiness").orElseThrow();
                stores.rounds.close(space, "readiness", number, new org.coplaunchpad.answers.RoundStore.FrozenRound(22,
                        13, 19, "not-yet", List.of(), org.coplaunchpad.answers.LaunchThresholds.DEFAULT, false, false,
                        frozen), "coach");
            }
            var decision = stores.decisions.record(new org.coplaunchpad.answers.NewDecision(space, "readiness", 2,
                    "not-yet", "La finalité ne rejoint pas encore les membres.", List.of(), "coach"));
            for (int a = 0; a < 2; a++) {
                stores.actions.create(new org.coplaunchpad.answers.NewAction(space, "readiness", (int) decision.id(), 2,
                        java.util.Optional.of(items.get(a).key()), java.util.Optional.empty(), "Action " + a, "user" + a,
                        java.time.LocalDate.parse("2027-01-15"), "coach"));
            }
        }
    }

    /**
     * The floor: what the space dashboard reads, written by hand against the tables and run on one pooled connection
     * without a transaction, every row read — its answers' aggregates (per checklist: members who answered, last
     * answer, answers given as ticks and while confidential; per item: the four counts of the members and the team's
     * answer, by whom and when; answers per page; the history per day), who answered which item, the reasons, its
     * thresholds and their changes, its registered pages and the moves refused from or to it, its rounds with their
     * frozen items, its decisions and its plan with the plan's history. Charts, the assessment, view models and HTML
     * are what the app adds on top.
     */
    private static Object rawSpace(StoreDatabase database, String space) {
        String p = database.ao().tablePrefix();
        String team = "RESPONDENT\" <> '" + AnswerKey.TEAM + "' AND \"ANSWER\" = '";
        String teamAnswer = "CASE WHEN \"RESPONDENT\" = '" + AnswerKey.TEAM + "' AND \"ANSWER\" <> 'none' THEN ";
        String[] queries = {
            "SELECT \"CHECKLIST\", \"RESPONDENT\", \"ITEM_KEY\" FROM \"" + p + "ITEM_ANSWER\" WHERE \"SPACE_KEY\" = ? AND \"RESPONDENT\" <> '" + AnswerKey.TEAM + "' AND \"ANSWER\" <> 'none' ORDER BY \"CHECKLIST\", \"RESPONDENT\"",
            "SELECT \"CHECKLIST\", \"ITEM_KEY\", \"RESPONDENT\", \"ANSWER\", \"REASON\", \"ANSWERED_BY\", \"ANSWERED_AT\" FROM \"" + p + "ITEM_ANSWER\" WHERE \"SPACE_KEY\" = ? AND \"ANSWER\" <> 'none' AND \"REASON\" IS NOT NULL",
            "SELECT * FROM \"" + p + "LAUNCH_SETTINGS\" WHERE \"SPACE_KEY\" = ?",
            "SELECT * FROM \"" + p + "THRESHOLD_CHANGE\" WHERE \"SPACE_KEY\" = ? ORDER BY \"ID\"",
            "SELECT * FROM \"" + p + "CHECKLIST_PAGE\" WHERE \"SPACE_KEY\" = ?",
            "SELECT * FROM \"" + p + "REFUSED_MOVE\" WHERE \"FROM_SPACE\" = ? OR \"TO_SPACE\" = ? ORDER BY \"ID\"",
            "SELECT * FROM \"" + p + "ASSESSMENT_ROUND\" WHERE \"SPACE_KEY\" = ? ORDER BY \"ROUND_NUMBER\"",
            "SELECT I.* FROM \"" + p + "ROUND_ITEM\" I JOIN \"" + p + "ASSESSMENT_ROUND\" R ON I.\"ROUND_ID\" = R.\"ID\" WHERE R.\"SPACE_KEY\" = ?",
            "SELECT * FROM \"" + p + "LAUNCH_DECISION\" WHERE \"SPACE_KEY\" = ? ORDER BY \"ID\" DESC",
            "SELECT * FROM \"" + p + "LAUNCH_ACTION\" WHERE \"SPACE_KEY\" = ? ORDER BY \"ID\"",
            "SELECT C.* FROM \"" + p + "ACTION_CHANGE\" C JOIN \"" + p + "LAUNCH_ACTION\" A ON C.\"ACTION_ID\" = A.\"ID\" WHERE A.\"SPACE_KEY\" = ? ORDER BY C.\"ID\"",
            "SELECT \"CHECKLIST\", COUNT(DISTINCT CASE WHEN \"RESPONDENT\" <> '" + AnswerKey.TEAM + "' AND \"ANSWER\" <> 'none' THEN \"RESPONDENT\" END), MAX(\"ANSWERED_AT\"), SUM(CASE WHEN \"GIVEN_AS_TICK\" THEN 1 ELSE 0 END), SUM(CASE WHEN \"CONFIDENTIAL\" THEN 1 ELSE 0 END) FROM \"" + p + "ITEM_ANSWER\" WHERE \"SPACE_KEY\" = ? GROUP BY \"CHECKLIST\"",
            "SELECT \"CHECKLIST\", \"ITEM_KEY\", SUM(CASE WHEN \"" + team + "yes' THEN 1 ELSE 0 END), SUM(CASE WHEN \"" + team + "partly' THEN 1 ELSE 0 END), SUM(CASE WHEN \"" + team + "no' THEN 1 ELSE 0 END), SUM(CASE WHEN \"" + team + "unknown' THEN 1 ELSE 0 END), MAX(" + teamAnswer + "\"ANSWER\" END), MAX(" + teamAnswer + "\"ANSWERED_BY\" END), MAX(" + teamAnswer + "\"ANSWERED_AT\" END) FROM \"" + p + "ITEM_ANSWER\" WHERE \"SPACE_KEY\" = ? GROUP BY \"CHECKLIST\", \"ITEM_KEY\"",
            "SELECT \"CHECKLIST\", \"PAGE_ID\", MAX(\"ANSWERED_AT\") FROM \"" + p + "ITEM_ANSWER\" WHERE \"SPACE_KEY\" = ? GROUP BY \"CHECKLIST\", \"PAGE_ID\"",
            "SELECT \"CHECKLIST\", CAST(\"CHANGED_AT\" AS DATE), SUM(CASE WHEN \"NOW_ANSWER\" <> 'none' THEN 1 ELSE 0 END), COUNT(*) FROM \""
                    + p + "ITEM_ANSWER_CHANGE\" WHERE \"SPACE_KEY\" = ? AND \"WAS_ANSWER\" <> \"NOW_ANSWER\" GROUP BY \"CHECKLIST\", CAST(\"CHANGED_AT\" AS DATE)"};
        return raw(database, queries, space);
    }

    /** The overview's floor since model version 8: the count and one sorted page of the summary table. */
    private static Object rawSummaryPage(StoreDatabase database, int offset) {
        String p = database.ao().tablePrefix();
        return raw(database, new String[] {"SELECT COUNT(*) FROM \"" + p + "CHECKLIST_SUMMARY\"",
                "SELECT * FROM \"" + p + "CHECKLIST_SUMMARY\" ORDER BY \"LAST_ACTIVITY\" DESC, \"SPACE_KEY\", "
                        + "\"CHECKLIST\" LIMIT 25 OFFSET " + offset}, null);
    }

    private static Object rawOverview(StoreDatabase database, int offset) {
        String p = database.ao().tablePrefix();
        String page = "SELECT \"SPACE_KEY\", \"CHECKLIST\", COUNT(DISTINCT \"RESPONDENT\") AS R, MAX(\"ANSWERED_AT\") AS L FROM \""
                + p + "ITEM_ANSWER\" GROUP BY \"SPACE_KEY\", \"CHECKLIST\" ORDER BY L DESC LIMIT 25 OFFSET " + offset;
        String count = "SELECT COUNT(*) FROM (SELECT DISTINCT \"SPACE_KEY\", \"CHECKLIST\" FROM \"" + p + "ITEM_ANSWER\") X";
        return raw(database, new String[] {count, page}, null);
    }

    private static Object raw(StoreDatabase database, String[] queries, String parameter) {
        int rows = 0;
        try (Connection connection = database.ao().connection()) {
            for (String sql : queries) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    // Every placeholder is the space (the refused moves bind it twice: from or to it).
                    for (int i = 1; parameter != null && i <= sql.chars().filter(c -> c == '?').count(); i++) {
                        statement.setString(i, parameter);
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows++;
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
