package org.coplaunchpad.standalone.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.coplaunchpad.standalone.site.HostConfig;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;

/**
 * The decide page ("Se décider" in CDP, as alice) on the standalone host, embedded H2 against PostgreSQL, with
 * {@value #CLIENTS} clients at once, next to the floor measured in the same run: the same clients asking the same
 * host for a static stylesheet (the same session lookup, no rendering, no app). Each client is a logged-in session,
 * as a browser is (HTTP Basic would hash the password on every request). Not a test: it prints a Markdown table for
 * docs/benchmarks.md (see there for the command).
 */
public final class DecidePageBenchmark {
    private static final int CLIENTS = 4;
    private static final int PER_CLIENT = Integer.getInteger("bench.requests", 50);
    private static final int WARM_UP = 100;
    private static final int ROUNDS = 2;
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private DecidePageBenchmark() {
    }

    private record Figures(String database, double decideMedian, double decideP95, double floorMedian) {
    }

    public static void main(String[] args) throws Exception {
        String database = "coplaunchpad_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        try {
            // Round 1 also warms the JVM (JIT, class loading); both rounds are printed, the last one is the figure.
            for (int round = 1; round <= ROUNDS; round++) {
                List<Figures> results = new ArrayList<>();
                results.add(measure("H2 (embedded file)", TestHosts.config(Files.createTempDirectory("cop-bench-h2"))));
                results.add(measure("PostgreSQL 127.0.0.1", TestHosts.config(Files.createTempDirectory("cop-bench-pg"))
                        .withDatabase(SERVER + database + "?user=postgres")));
                print(round, results);
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static void print(int round, List<Figures> results) {
        System.out.printf(Locale.ROOT, "%nround %d: %d clients x %d requests each, after %d warm-up requests%n%n", round,
                CLIENTS, PER_CLIENT, WARM_UP);
        System.out.println("| database | decide page median ms | p95 ms | floor median ms | decide / floor |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (Figures f : results) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", f.database(), f.decideMedian(),
                    f.decideP95(), f.floorMedian(), f.decideMedian() / f.floorMedian());
        }
        System.out.printf(Locale.ROOT, "%nratio PostgreSQL / H2 (decide page median): %.2f%n",
                results.get(1).decideMedian() / results.get(0).decideMedian());
    }

    private static Figures measure(String name, HostConfig config) throws Exception {
        try (StandaloneHost host = StandaloneHost.start(config)) {
            String decide = Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
            String floor = "/s/host/editor.css";
            List<Browserless> sessions = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                sessions.add(Ticking.member(host.baseUri(), "alice"));
            }
            for (int i = 0; i < WARM_UP; i++) {
                get(sessions.get(i % CLIENTS), i % 2 == 0 ? decide : floor);
            }
            List<Double> floorTimes = run(sessions, floor);
            List<Double> decideTimes = run(sessions, decide);
            return new Figures(name, percentile(decideTimes, 50), percentile(decideTimes, 95), percentile(floorTimes, 50));
        }
    }

    /** Every session at once, each asking {@link #PER_CLIENT} times: every request's time in ms. */
    private static List<Double> run(List<Browserless> sessions, String path) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<List<Double>>> futures = new ArrayList<>();
            for (Browserless session : sessions) {
                futures.add(clients.submit(() -> {
                    List<Double> times = new ArrayList<>();
                    for (int i = 0; i < PER_CLIENT; i++) {
                        long start = System.nanoTime();
                        get(session, path);
                        times.add((System.nanoTime() - start) / 1e6);
                    }
                    return times;
                }));
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> future : futures) {
                all.addAll(future.get());
            }
            return all;
        } finally {
            clients.shutdown();
        }
    }

    private static void get(Browserless session, String path) {
        int status = session.get(path).statusCode();
        if (status != 200) {
            throw new IllegalStateException("GET " + path + " answered " + status);
        }
    }

    private static double percentile(List<Double> times, int percent) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * percent / 100.0) - 1));
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
