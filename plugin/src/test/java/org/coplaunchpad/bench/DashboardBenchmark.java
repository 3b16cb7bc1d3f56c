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

            Stores stores = Stores.on(database, mock(AppClock.class));
            long summaryStart = System.nanoTime();
            // Rows loaded behind the app's back: their summary is built as upgrade task 8 builds it.
            int summarised = stores.summaries.rebuild();
            System.out.printf(Locale.ROOT, "built the overview's summary (%,d rows) in %.1f s%n", summarised,
                    (System.nanoTime() - summaryStart) / 1e9);
            ConfluenceFixture confluence = new ConfluenceFixture();
            MacroHarness harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
            DashboardService service = new DashboardService(new Catalog(), stores.figures, stores.settings, new Assessor(new Catalog()), new AnswerTexts(confluence.memberNames),
                    stores.checklistRegistry(confluence), confluence.accessPolicy, stores.rounds, stores.decisions, stores.actions, new org.coplaunchpad.AppClock(),
                    confluence.pageManager);
            OverviewService overview = new OverviewService(stores.summaryStore, new AppClock(), confluence.spaceManager);
            Random random = new Random(7);

            List<Result> results = new ArrayList<>();
            results.add(measure("space dashboard (view model + HTML)", () -> {
                String key = spaceKey(random.nextInt(spaces));
                Space space = mock(Space.class);
                when(space.getKey()).thenReturn(key);
                when(space.getName()).thenReturn(key);
                var view = service.spaceDashboard(DashboardService.DashboardRequest.of(space, Viewer.user("coach"),
                        "/confluence", "t", harness.viewerTexts.current()));
                return harness.templates.render("templates/dashboard.vm", Map.of("dashboard", view)).length();
            }));
            results.add(measure("raw SQL: the same space aggregation", () -> rawSpace(database, spaceKey(random.nextInt(spaces)))));
            results.add(measure("overview page (25 rows, by activity)", () -> {
                var view = overview.page(OverviewService.OverviewRequest.of(OverviewSort.ACTIVITY, true),
                        1 + random.nextInt(spaces / 25), 25, "/confluence", harness.viewerTexts.current());
                return harness.templates.render("templates/overview.vm", Map.of("overview", view)).length();
            }));
            results.add(measure("raw SQL: the same overview aggregation", () -> rawOverview(database, 25 * random.nextInt(spaces / 25))));

            System.out.println();
            System.out.println("| what | median ms | p95 ms |");
            System.out.println("|---|---:|---:|");
            for (Result result : results) {
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", result.name(), result.median(), result.p95());
            }
            System.out.printf(Locale.ROOT, "%nratio dashboard / raw SQL: %.2f; overview / raw SQL: %.2f%n",
                    results.get(0).median() / results.get(1).median(), results.get(2).median() / results.get(3).median());
        }
    }

    private record Result(String name, double median, double p95) {
    }

    private static Result measure(String name, Supplier<Object> work) {
        for (int i = 0; i < 5; i++) {
            work.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Result(name, millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.95) - 1]);
    }

    private static String spaceKey(int index) {
        return String.format(Locale.ROOT, "S%05d", index);
    }

    /** Bulk load with PostgreSQL's COPY: the benchmark measures reading, not our insert path. */
    private static long load(StoreDatabase database, int spaces, int members, List<ReadinessItem> items) throws Exception {
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

    /** The space dashboard's aggregation written by hand against the tables: the floor our code cannot beat. */
    private static Object rawSpace(StoreDatabase database, String space) {
        String p = database.ao().tablePrefix();
        String[] queries = {
            "SELECT \"CHECKLIST\", COUNT(DISTINCT \"RESPONDENT\"), MAX(\"ANSWERED_AT\") FROM \"" + p + "ITEM_ANSWER\" WHERE \"SPACE_KEY\" = ? GROUP BY \"CHECKLIST\"",
            "SELECT \"CHECKLIST\", \"ITEM_KEY\", SUM(CASE WHEN \"ANSWER\" = 'yes' THEN 1 ELSE 0 END) FROM \"" + p + "ITEM_ANSWER\" WHERE \"SPACE_KEY\" = ? GROUP BY \"CHECKLIST\", \"ITEM_KEY\"",
            "SELECT \"CHECKLIST\", \"PAGE_ID\", MAX(\"ANSWERED_AT\") FROM \"" + p + "ITEM_ANSWER\" WHERE \"SPACE_KEY\" = ? GROUP BY \"CHECKLIST\", \"PAGE_ID\"",
            "SELECT \"CHECKLIST\", CAST(\"CHANGED_AT\" AS DATE), SUM(CASE WHEN \"NOW_ANSWER\" <> 'none' THEN 1 ELSE 0 END), COUNT(*) FROM \""
                    + p + "ITEM_ANSWER_CHANGE\" WHERE \"SPACE_KEY\" = ? GROUP BY \"CHECKLIST\", CAST(\"CHANGED_AT\" AS DATE)"};
        return raw(database, queries, space);
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
                    if (parameter != null) {
                        statement.setString(1, parameter);
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
