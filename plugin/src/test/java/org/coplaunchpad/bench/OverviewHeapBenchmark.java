package org.coplaunchpad.bench;

import com.atlassian.confluence.spaces.SpaceManager;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.SummaryStore;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.dashboard.CsvExport;
import org.coplaunchpad.dashboard.OverviewService;
import org.coplaunchpad.dashboard.OverviewSort;
import org.coplaunchpad.dashboard.OverviewViews.OverviewRowView;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.mockito.Mockito;

/**
 * Heap the overview holds at its peak, at 200,000 and at 2,000,000 answers (PostgreSQL): after a full GC, the heap in
 * use while one rendered page of the overview is held and the CSV export is half way through its stream, as the
 * servlet runs it (each summary row written as the query returns it, here to a writer that counts the characters and
 * drops them, where the servlet writes to the response), against the same JVM's heap just before. The overview reads
 * the summary (one row per community) and streams its download, so what it holds should grow neither with the
 * answers nor with the communities. Not a test: it prints a Markdown table for docs/benchmarks.md. Run with:
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
        System.out.println("| answers | communities | heap before, MB | heap holding page, mid-CSV, MB | held, MB "
                + "| CSV chars | page chars |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        double[] holding = new double[2];
        int[] spaces = {Integer.getInteger("bench.small", 500), Integer.getInteger("bench.large", 5000)};
        for (int run = 0; run < spaces.length; run++) {
            holding[run] = measure(spaces[run]);
        }
        System.out.printf(Locale.ROOT, "%nheap holding page, mid-CSV, large / small: %.3f (difference %.1f %%)%n",
                holding[1] / holding[0], 100 * (holding[1] - holding[0]) / holding[0]);
    }

    /**
     * Loads {@code spaces} communities, then returns the heap in use (MB, after a full GC) holding a rendered page
     * while the CSV stream is at its middle row.
     */
    private static double measure(int spaces) throws Exception {
        try (StoreDatabase database = StoreDatabase.open(TestDatabases.Kind.POSTGRESQL)) {
            List<ReadinessItem> items = new Catalog().readinessItems();
            long answers = DashboardBenchmark.load(database, spaces, MEMBERS, items);
            try (Connection connection = database.ao().connection(); Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE");
            }
            Stores stores = Stores.on(database, new AppClock());
            stores.summaries.rebuild();
            int rows = stores.summaryStore.counts(SummaryStore.Filter.EVERY).kept();
            MacroHarness harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
            Texts texts = harness.viewerTexts.current();
            // Stub-only: a Mockito mock that records its calls, as the fixture's does, would keep one record per row
            // read (the space's name), which Confluence's SpaceManager does not. No space is known: names are keys.
            SpaceManager spaceManager = Mockito.mock(SpaceManager.class, Mockito.withSettings().stubOnly());
            OverviewService overview = new OverviewService(stores.summaryStore, new AppClock(), spaceManager);
            OverviewService.OverviewRequest request = OverviewService.OverviewRequest.of(OverviewSort.ACTIVITY, true);
            // Warm up: classes loaded, templates parsed, the query planned, so that the heap before holds them too.
            harness.templates.render("templates/overview.vm", Map.of("overview",
                    overview.page(request, 1, 25, "/confluence", texts)));
            export(overview, request, texts, new CountingWriter(), row -> { });
            double before = usedAfterFullGc();
            String page = harness.templates.render("templates/overview.vm", Map.of("overview",
                    overview.page(request, 1 + spaces / 50, 25, "/confluence", texts)));
            CountingWriter csv = new CountingWriter();
            double[] holding = new double[1];
            int[] written = new int[1];
            export(overview, request, texts, csv, row -> {
                if (++written[0] == rows / 2) {
                    holding[0] = usedAfterFullGc();
                }
            });
            if (written[0] != rows || holding[0] == 0) {
                throw new IllegalStateException(written[0] + " rows streamed of " + rows);
            }
            // Printed after the measurement, so that the page is still held when it is taken.
            System.out.printf(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %.1f | %,d | %,d |%n", answers, spaces, before,
                    holding[0], holding[0] - before, csv.chars, page.length());
            return holding[0];
        }
    }

    /** The download as the servlet streams it, {@code written} told after each row. */
    private static void export(OverviewService overview, OverviewService.OverviewRequest request, Texts texts,
                               Writer out, Consumer<OverviewRowView> written) {
        Consumer<OverviewRowView> csv = CsvExport.overview(OverviewService.labels(texts), out);
        overview.eachRow(request, "/confluence", texts, csv.andThen(written));
    }

    /** Where the response would be: counts what is written, keeps none of it. */
    private static final class CountingWriter extends Writer {
        private long chars;

        @Override
        public void write(char[] buffer, int offset, int length) {
            chars += length;
        }

        @Override
        public void write(String text) {
            chars += text.length();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static double usedAfterFullGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
        }
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
