package org.coplaunchpad.standalone.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.HostConfig;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.DashboardForms;
import org.coplaunchpad.standalone.testing.SeedRules;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Issue 19 (a), in one process and one run: the decide page ("Se décider" in CDP, as alice) through HTTP on the
 * standalone host against its sibling, a page with the same text and the macros taken out, at 1 and at 4 clients;
 * then, in the same JVM, each macro's {@code execute} against its floor (JMH, {@link MacroExecuteBenchmark}). Prints
 * Markdown for docs/benchmarks.md, which gives the command. Not a test: nothing here can fail a build for being slow.
 */
public final class DecidePageRatios {
    private static final String CHECKLIST = "readiness";
    private static final String SIBLING = "Se décider (sans macros)";
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 100);
    private static final int VIEWS_ONE = Integer.getInteger("bench.views1", 300);
    private static final int VIEWS_FOUR = Integer.getInteger("bench.views4", 100);
    /** "http", "jmh" or both (the default): one part alone, e.g. under a profiler. */
    private static final String PARTS = System.getProperty("bench.parts", "http,jmh");
    private static final int JMH_MILLIS = Integer.getInteger("bench.jmh.ms", 1000);

    private DecidePageRatios() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "%s, %d cores, load average %.2f at the start, %s %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        Path data = Files.createTempDirectory("cop-bench-page");
        HostConfig config = TestHosts.config(data);
        // Another database (a JDBC URL), e.g. the embedded H2 with other settings; the host's default otherwise.
        String database = System.getProperty("bench.db", "");
        if (!database.isBlank()) {
            config = config.withDatabase(database.replace("{data}", data.toString()));
        }
        try (StandaloneHost host = StandaloneHost.start(config)) {
            answersDecisionAndPlan(host);
            Page decide = host.site().pages().find(DemoData.SPACE_KEY, DemoData.CHILD_PAGE).orElseThrow();
            Page sibling = host.site().lifecycle().create(DemoData.SPACE_KEY, decide.parentId(), SIBLING,
                    withoutMacros(decide.body()), "coach");
            if (PARTS.contains("http")) {
                http(host, decide, sibling);
            }
            if (PARTS.contains("jmh")) {
                inProcess(host, decide);
            }
        }
        System.out.printf(Locale.ROOT, "%nload average %.2f at the end%n", loadAverage());
    }

    /**
     * What a decide page shows once a community is under way: three members answered (alice, the viewer, among them),
     * the coach said « pas encore » on the round and planned two actions.
     */
    private static void answersDecisionAndPlan(StandaloneHost host) {
        List<String> items = SeedRules.SECTIONS.values().stream().flatMap(Collection::stream).toList();
        String[] answers = {"yes", "partly", "no", "unknown", "yes"};
        int member = 0;
        for (String username : List.of("alice", "bruno", "chloe")) {
            Browserless session = Ticking.member(host.baseUri(), username);
            Ticking.OpenedPage page = Ticking.open(session, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
            for (int i = member; i < items.size(); i += 2) {
                require(200, Ticking.answer(session, page, CHECKLIST, items.get(i), answers[(i + member) % answers.length],
                        i % 4 == 0 ? "Vu en réunion." : null).statusCode(), "answer");
            }
            member++;
        }
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        require(302, DashboardForms.post(coach, DemoData.SPACE_KEY, Map.of("action", "decide", "checklist", CHECKLIST,
                "decision", "not-yet", "on", "open", "rationale", "Trop tôt.", "conditions", "")).statusCode(), "decide");
        require(302, DashboardForms.post(coach, DemoData.SPACE_KEY, Map.of("action", "action-create", "checklist",
                CHECKLIST, "subject", "item:" + items.get(0), "owner", "alice", "due", "2026-01-15", "description",
                "Rencontrer la direction")).statusCode(), "first action");
        require(302, DashboardForms.post(coach, DemoData.SPACE_KEY, Map.of("action", "action-create", "checklist",
                CHECKLIST, "subject", "item:" + items.get(1), "owner", "bruno", "due", "2099-06-30", "description", ""))
                .statusCode(), "second action");
    }

    /** The page's own text: every macro taken out with what it holds, nothing else changed. */
    static String withoutMacros(String storage) {
        String stripped = storage.replaceAll("(?s)<ac:structured-macro\\b.*?</ac:structured-macro>", "");
        if (stripped.contains("ac:structured-macro")) {
            throw new IllegalStateException("nested macros: the sibling would keep some");
        }
        return stripped;
    }

    private static void http(StandaloneHost host, Page decide, Page sibling) throws Exception {
        String page = Browserless.display(DemoData.SPACE_KEY, decide.title());
        String without = Browserless.display(DemoData.SPACE_KEY, sibling.title());
        List<Browserless> sessions = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            sessions.add(Ticking.member(host.baseUri(), "alice"));
        }
        PageViews.measure(sessions, page, without, WARM_UP);
        Browserless one = sessions.get(0);
        System.out.printf(Locale.ROOT, "%nHTML: decide page %.1f KB, sibling %.1f KB%n", one.get(page).body().length()
                / 1024.0, one.get(without).body().length() / 1024.0);
        System.out.printf(Locale.ROOT, "Requests per view (HTML + stylesheets, scripts, images): decide page %d, "
                        + "sibling %d; the app's own: %s%n", 1 + PageViews.subresources(one.get(page).body()).size(),
                1 + PageViews.subresources(one.get(without).body()).size(),
                PageViews.subresources(one.get(page).body()).stream().filter(r -> r.startsWith("/download/")).toList());
        Map<Integer, PageViews.Pair> byClients = new LinkedHashMap<>();
        byClients.put(1, PageViews.measure(sessions.subList(0, 1), page, without, VIEWS_ONE));
        byClients.put(4, PageViews.measure(sessions, page, without, VIEWS_FOUR));

        System.out.println();
        System.out.println("| clients | what | decide page p50 ms | p90 ms | sibling p50 ms | p90 ms | ratio p50 | ratio p90 |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<Integer, PageViews.Pair> entry : byClients.entrySet()) {
            PageViews.Sample p = entry.getValue().page();
            PageViews.Sample s = entry.getValue().sibling();
            row(entry.getKey(), "HTML (warm cache)", p.html(50), p.html(90), s.html(50), s.html(90));
            row(entry.getKey(), "HTML + " + (p.requests() - 1) + " / " + (s.requests() - 1) + " resources (cold cache)",
                    p.full(50), p.full(90), s.full(50), s.full(90));
        }
    }

    private static void row(int clients, String what, double p50, double p90, double s50, double s90) {
        System.out.printf(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.2f | **%.2f** | %.2f |%n", clients, what, p50,
                p90, s50, s90, p50 / s50, p90 / s90);
    }

    private static void inProcess(StandaloneHost host, Page decide) throws Exception {
        User alice = host.site().users().find("alice").orElseThrow();
        List<MacroCalls.Call> calls = MacroCalls.of(host, decide, alice);
        MacroExecuteBenchmark.calls = calls;
        Options options = new OptionsBuilder()
                .include(MacroExecuteBenchmark.class.getName())
                .param("macro", IntStream.range(0, calls.size()).mapToObj(Integer::toString).toArray(String[]::new))
                .forks(0)
                .warmupIterations(3).warmupTime(TimeValue.milliseconds(JMH_MILLIS))
                .measurementIterations(5).measurementTime(TimeValue.milliseconds(JMH_MILLIS))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        // Per macro: wall µs of execute and floor (JMH), then CPU µs per call of each.
        Map<Integer, double[]> byMacro = new LinkedHashMap<>();
        for (RunResult result : results) {
            int index = Integer.parseInt(result.getParams().getParam("macro"));
            int column = result.getParams().getBenchmark().endsWith(".execute") ? 0 : 1;
            double[] figures = byMacro.computeIfAbsent(index, k -> new double[4]);
            figures[column] = result.getPrimaryResult().getScore();
            figures[2 + column] = result.getSecondaryResults().get("cpuNanos").getScore() / 1000.0
                    / result.getSecondaryResults().get("calls").getScore();
        }
        System.out.println();
        System.out.println("| macro (as alice, French) | output KB | execute µs | floor µs | execute / floor "
                + "| CPU: execute µs | floor µs | execute / floor |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        byMacro.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            double[] f = e.getValue();
            MacroCalls.Call call = calls.get(e.getKey());
            System.out.printf(Locale.ROOT, "| %d. %s | %.1f | %.1f | %.1f | %.2f | %.1f | %.1f | **%.2f** |%n",
                    e.getKey(), call.label(), call.execute().length() / 1024.0, f[0], f[1], f[0] / f[1], f[2], f[3],
                    f[2] / f[3]);
        });
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void require(int expected, int status, String what) {
        if (status != expected) {
            throw new IllegalStateException(what + " answered " + status + ", expected " + expected);
        }
    }
}
