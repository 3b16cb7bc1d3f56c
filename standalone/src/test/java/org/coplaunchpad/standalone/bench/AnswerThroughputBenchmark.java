package org.coplaunchpad.standalone.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.coplaunchpad.aohost.ConnectionPools;
import org.coplaunchpad.standalone.data.Database;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;

/**
 * Answers through HTTP on the standalone host on PostgreSQL, {@value #CLIENTS} members at once, against the floor
 * measured in the same run on the same database: raw JDBC, {@value #CLIENTS} threads each on its own connection,
 * doing in one transaction what an answer must do at least — lock the checklist's summary row (first, with
 * {@code SELECT … FOR UPDATE}, as the app does),
 * upsert the member's answer, write its history row, and recompute the summary's respondents and last answer from
 * the checklist's rows, as the overview's summary is kept.
 * Each member changes each of the readiness checklist's 19 items in turn; at the end every accepted answer is
 * counted in the database (revisions and history rows), so a lost answer shows. Not a test: it prints a Markdown
 * table for docs/benchmarks.md (see there for the command).
 */
public final class AnswerThroughputBenchmark {
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int PER_CLIENT = Integer.getInteger("bench.answers", 200);
    /*
     * Per client and round, before timing: a Confluence node answers with code the JIT compiled long ago. With 100,
     * then 300, JIT compilation still took 46 % and 48 % of the process's CPU (async-profiler, itimer), compiling the
     * app's and the host's code, of which the floor has little, and the ratio rose from round to round; with 1,500
     * the rounds agree.
     */
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 1500);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String[] ANSWERS = {"yes", "partly", "no", "unknown"};
    private static final String PREFIX = "AO_55510E_";

    private AnswerThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Confluence's pool, not the local host's 10: its 16 clients would otherwise queue for connections (and
        // HikariCP's hand-over spin for them on 2 cores) as they would not in Confluence; the floor has 16 of its own.
        if (System.getProperty(Database.POOL_SIZE_PROPERTY) == null) {
            System.setProperty(Database.POOL_SIZE_PROPERTY, Integer.toString(ConnectionPools.CONFLUENCE_MAXIMUM_SIZE));
        }
        String database = "coplaunchpad_answers_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        try (StandaloneHost host = StandaloneHost.start(TestHosts.config(Files.createTempDirectory("cop-bench-answers"))
                .withDatabase(SERVER + database + "?user=postgres"))) {
            List<String> items = items(host);
            List<String> members = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String username = String.format(Locale.ROOT, "member%02d", c);
                host.site().users().create(new User(username, "Member " + c, username + "@example.org", Locale.FRENCH,
                        false), username);
                host.site().users().addToGroup(username, "cdp-members");
                members.add(username);
            }
            // The app and its floor alternate, ROUNDS times each: on a machine shared with other work the load moves
            // between phases, and the median of the rounds' ratios is steadier than one pair.
            List<double[]> pairs = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                double app = throughHttp(host, members, items, round);
                double raw = rawJdbc(SERVER + database, items, round);
                pairs.add(new double[] {app, raw});
            }
            long[] stored = stored(SERVER + database);
            long expected = (long) ROUNDS * CLIENTS * (WARM_UP + PER_CLIENT);
            System.out.printf(Locale.ROOT, "%n%d clients, %d answers each after %d warm-up answers, %d rounds "
                    + "(PostgreSQL 127.0.0.1, autovacuum %s)%n%n", CLIENTS, PER_CLIENT, WARM_UP, ROUNDS,
                    setting("autovacuum"));
            System.out.println("| round | the app through HTTP, answers / s | raw JDBC: summary lock, upsert, history row, "
                    + "summary, answers / s | app / raw |");
            System.out.println("|---:|---:|---:|---:|");
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < pairs.size(); round++) {
                double[] pair = pairs.get(round);
                ratios.add(pair[0] / pair[1]);
                System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.2f |%n", round + 1, pair[0], pair[1],
                        pair[0] / pair[1]);
            }
            java.util.Collections.sort(ratios);
            System.out.printf(Locale.ROOT, "%nthe app / raw JDBC, median of the rounds: %.2f; accepted answers %d, "
                    + "history rows of members %d, lost %d%n", median(ratios), expected, stored[0],
                    expected - stored[0]);
        } finally {
            admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** The 19 item keys of the demo page's checklist, as its form names them. */
    private static List<String> items(StandaloneHost host) {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        String page = alice.get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).body();
        List<String> items = org.jsoup.Jsoup.parse(page).select("input[type=radio][data-item]").eachAttr("data-item").stream()
                .distinct().toList();
        if (items.size() != 19) {
            throw new IllegalStateException("expected the 19 items of the demo checklist, found " + items);
        }
        return items;
    }

    /** The middle of the sorted values (the mean of the two middle ones for an even count). */
    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Answers per second through the answer servlet, every member at once; each change of answer is accepted. */
    private static double throughHttp(StandaloneHost host, List<String> members, List<String> items, int round)
            throws Exception {
        int offset = round * (WARM_UP + PER_CLIENT);
        List<Browserless> sessions = new ArrayList<>();
        List<Ticking.OpenedPage> pages = new ArrayList<>();
        for (String member : members) {
            Browserless session = Ticking.member(host.baseUri(), member);
            sessions.add(session);
            pages.add(Ticking.open(session, DemoData.SPACE_KEY, DemoData.CHILD_PAGE));
        }
        return timed(CLIENTS, client -> () -> {
            for (int i = offset; i < offset + WARM_UP; i++) {
                answer(sessions.get(client), pages.get(client), items, i);
            }
            return null;
        }, client -> () -> {
            for (int i = offset + WARM_UP; i < offset + WARM_UP + PER_CLIENT; i++) {
                answer(sessions.get(client), pages.get(client), items, i);
            }
            return null;
        }, (long) CLIENTS * PER_CLIENT);
    }

    private static void answer(Browserless session, Ticking.OpenedPage page, List<String> items, int i) {
        HttpResponse<String> response = Ticking.answer(session, page, "readiness", items.get(i % items.size()),
                ANSWERS[(i / items.size()) % ANSWERS.length], null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("answer refused: " + response.statusCode() + " " + response.body());
        }
    }

    /** The floor: the same upsert and history row by hand, for members of another space, no app, no HTTP. */
    private static double rawJdbc(String url, List<String> items, int round) throws Exception {
        AtomicLong keys = new AtomicLong(round * 1_000_000L);
        int offset = round * (WARM_UP + PER_CLIENT);
        if (round == 0) {
            try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO \"" + PREFIX + "CHECKLIST_SUMMARY\" (\"SUMMARY_KEY\", \"SPACE_KEY\", "
                        + "\"CHECKLIST\", \"WRITES\", \"RESPONDENTS\", \"CONFIDENTIAL\", \"ROUND_NUMBER\", "
                        + "\"SCORE_NUMERATOR\", \"SCORE_DENOMINATOR\", \"SUGGESTION\", \"OPEN_ACTIONS\") "
                        + "VALUES ('RAW:readiness', 'RAW', 'readiness', 0, 0, FALSE, 1, 0, 0, 'cannot-decide', 0)");
            }
        }
        return timed(CLIENTS, client -> () -> {
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                for (int i = offset; i < offset + WARM_UP; i++) {
                    rawAnswer(connection, client, items, i, keys);
                }
            }
            return null;
        }, client -> () -> {
            try (Connection connection = DriverManager.getConnection(url, "postgres", "")) {
                for (int i = offset + WARM_UP; i < offset + WARM_UP + PER_CLIENT; i++) {
                    rawAnswer(connection, client, items, i, keys);
                }
            }
            return null;
        }, (long) CLIENTS * PER_CLIENT);
    }

    private static void rawAnswer(Connection connection, int client, List<String> items, int i, AtomicLong keys)
            throws Exception {
        String item = items.get(i % items.size());
        String answer = ANSWERS[(i / items.size()) % ANSWERS.length];
        String member = "raw" + client;
        String key = "RAW:readiness:" + item + ":" + member;
        Timestamp now = Timestamp.from(Instant.now());
        connection.setAutoCommit(false);
        // The lock as the app takes it: a locking read, which leaves no dead version of the row behind.
        try (PreparedStatement lock = connection.prepareStatement("SELECT \"ID\" FROM \"" + PREFIX
                + "CHECKLIST_SUMMARY\" WHERE \"SUMMARY_KEY\" = 'RAW:readiness' FOR UPDATE");
             PreparedStatement summary = connection.prepareStatement("UPDATE \"" + PREFIX + "CHECKLIST_SUMMARY\" SET "
                     + "\"RESPONDENTS\" = (SELECT COUNT(DISTINCT \"RESPONDENT\") FROM \"" + PREFIX + "ITEM_ANSWER\" "
                     + "WHERE \"SPACE_KEY\" = 'RAW' AND \"CHECKLIST\" = 'readiness' AND \"ANSWER\" <> 'none'), "
                     + "\"LAST_ACTIVITY\" = (SELECT MAX(\"ANSWERED_AT\") FROM \"" + PREFIX + "ITEM_ANSWER\" "
                     + "WHERE \"SPACE_KEY\" = 'RAW' AND \"CHECKLIST\" = 'readiness') "
                     + "WHERE \"SUMMARY_KEY\" = 'RAW:readiness'");
             PreparedStatement upsert = connection.prepareStatement("INSERT INTO \"" + PREFIX + "ITEM_ANSWER\" "
                + "(\"ANSWER_KEY\", \"SPACE_KEY\", \"CHECKLIST\", \"ITEM_KEY\", \"RESPONDENT\", \"ANSWER\", \"REVISION\", "
                + "\"PAGE_ID\", \"ANSWERED_BY\", \"ANSWERED_AT\") VALUES (?, 'RAW', 'readiness', ?, ?, ?, 1, 1, ?, ?) "
                + "ON CONFLICT (\"ANSWER_KEY\") DO UPDATE SET \"ANSWER\" = EXCLUDED.\"ANSWER\", "
                + "\"REVISION\" = \"" + PREFIX + "ITEM_ANSWER\".\"REVISION\" + 1, \"ANSWERED_AT\" = EXCLUDED.\"ANSWERED_AT\" "
                + "RETURNING \"REVISION\"");
             PreparedStatement history = connection.prepareStatement("INSERT INTO \"" + PREFIX + "ITEM_ANSWER_CHANGE\" "
                     + "(\"CHANGE_KEY\", \"SPACE_KEY\", \"CHECKLIST\", \"ITEM_KEY\", \"RESPONDENT\", \"REVISION\", "
                     + "\"WAS_ANSWER\", \"NOW_ANSWER\", \"CHANGED_BY\", \"CHANGED_AT\", \"PAGE_ID\") "
                     + "VALUES (?, 'RAW', 'readiness', ?, ?, ?, 'none', ?, ?, ?, 1)")) {
            try (ResultSet locked = lock.executeQuery()) {
                locked.next();
            }
            upsert.setString(1, key);
            upsert.setString(2, item);
            upsert.setString(3, member);
            upsert.setString(4, answer);
            upsert.setString(5, member);
            upsert.setTimestamp(6, now);
            int revision;
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                revision = row.getInt(1);
            }
            history.setString(1, key + ":" + revision + ":" + keys.incrementAndGet());
            history.setString(2, item);
            history.setString(3, member);
            history.setInt(4, revision);
            history.setString(5, answer);
            history.setString(6, member);
            history.setTimestamp(7, now);
            history.executeUpdate();
            summary.executeUpdate();
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        }
    }

    /** The members' history rows in CDP: one per accepted change of answer. */
    private static long[] stored(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM \"" + PREFIX + "ITEM_ANSWER_CHANGE\" "
                     + "WHERE \"SPACE_KEY\" = '" + DemoData.SPACE_KEY + "' AND \"RESPONDENT\" LIKE 'member%'")) {
            row.next();
            return new long[] {row.getLong(1)};
        }
    }

    /** Runs the warm-up, then the timed work, each client on a thread of its own: the timed work's answers per second. */
    private static double timed(int clients, java.util.function.IntFunction<Callable<Void>> warmUp,
                                java.util.function.IntFunction<Callable<Void>> work, long answers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Void>> warm = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                warm.add(pool.submit(warmUp.apply(c)));
            }
            for (Future<Void> future : warm) {
                future.get();
            }
            long start = System.nanoTime();
            List<Future<Void>> timed = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                timed.add(pool.submit(work.apply(c)));
            }
            for (Future<Void> future : timed) {
                future.get();
            }
            return answers / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /**
     * A setting of the server, printed with the figures: with autovacuum off (as on this machine) every run's updated
     * rows stay as dead versions until the run's database is dropped, which slows the app's summary row and the
     * floor's alike as a run goes on.
     */
    private static String setting(String name) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = c.createStatement(); java.sql.ResultSet row = s.executeQuery("SHOW " + name)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
