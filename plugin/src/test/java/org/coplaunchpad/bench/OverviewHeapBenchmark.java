package org.coplaunchpad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.dashboard.CsvExport;
import org.coplaunchpad.dashboard.OverviewService;
import org.coplaunchpad.dashboard.OverviewSort;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;

/**
 * Heap the overview holds at its peak, at 200,000 and at 2,000,000 answers (PostgreSQL): after a full GC, the heap in
 * use while one page of the overview is rendered and the whole CSV export is held as the servlet holds it before
 * writing, against the same JVM's heap just before. The overview reads the summary (one row per community), so what
 * it holds should not grow with the answers. Not a test: it prints a Markdown table for docs/benchmarks.md. Run with:
 *
 * <pre>mvn -q -o -pl plugin -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/plugin.cp \
 *     -Dmdep.includeScope=test
 * java -cp "plugin/target/test-classes:plugin/target/classes:$(cat /tmp/plugin.cp)" \
 *     org.coplaunchpad.bench.OverviewHeapBenchmark</pre>
 */
public final class OverviewHeapBenchmark {
    private static final int MEMBERS = 22;

    private OverviewHeapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String unavailable = TestDatabases.unavailableReason(TestDatabases.Kind.POSTGRESQL);
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
        System.out.println("| answers | communities | heap before, MB | heap holding page + CSV, MB | held, MB | CSV bytes "
                + "| page chars |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        double[] holding = new double[2];
        int[] spaces = {Integer.getInteger("bench.small", 500), Integer.getInteger("bench.large", 5000)};
        for (int run = 0; run < spaces.length; run++) {
            holding[run] = measure(spaces[run]);
        }
        System.out.printf(Locale.ROOT, "%nheap holding page + CSV, large / small: %.3f (difference %.1f %%)%n",
                holding[1] / holding[0], 100 * (holding[1] - holding[0]) / holding[0]);
    }

    /** Loads {@code spaces} communities, then returns the heap in use (MB, after a full GC) holding page and CSV. */
    private static double measure(int spaces) throws Exception {
        try (StoreDatabase database = StoreDatabase.open(TestDatabases.Kind.POSTGRESQL)) {
            List<ReadinessItem> items = new Catalog().readinessItems();
            long answers = DashboardBenchmark.load(database, spaces, MEMBERS, items);
            try (Connection connection = database.ao().connection(); Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            Stores stores = Stores.on(database, new AppClock());
            stores.summaries.rebuild();
            ConfluenceFixture confluence = new ConfluenceFixture();
            MacroHarness harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
            OverviewService overview = new OverviewService(stores.summaryStore, new AppClock(), confluence.spaceManager);
            OverviewService.OverviewRequest request = OverviewService.OverviewRequest.of(OverviewSort.ACTIVITY, true);
            // Warm up: classes loaded, templates parsed, so that the heap before holds them too.
            harness.templates.render("templates/overview.vm", Map.of("overview",
                    overview.page(request, 1, 25, "/confluence", harness.viewerTexts.current())));
            CsvExport.overview(overview.every(request, "/confluence", harness.viewerTexts.current()));
            double before = usedAfterFullGc();
            String page = harness.templates.render("templates/overview.vm", Map.of("overview",
                    overview.page(request, 1 + spaces / 50, 25, "/confluence", harness.viewerTexts.current())));
            byte[] csv = CsvExport.overview(overview.every(request, "/confluence", harness.viewerTexts.current()));
            double holding = usedAfterFullGc();
            // Printed after the measurement, so that both are still held when it is taken.
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %.1f | %,d | %,d |%n", answers, spaces, before,
                    holding, holding - before, csv.length, page.length());
            return holding;
        }
    }

    private static double usedAfterFullGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
