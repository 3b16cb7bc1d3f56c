package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The overview read from its summary in one streamed query (the CSV): every line the pages list, in their order and
 * with their filter, handed over one at a time from a query that runs inside a transaction with a fetch size (on
 * PostgreSQL a fetch size streams only with autocommit off; otherwise the driver reads every row first). On H2 and,
 * when present (required in CI), PostgreSQL and MariaDB.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryStoreTest {
    private static final Instant NOON = Instant.parse("2026-12-04T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-04");
    private static final int SPACES = 30;

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private Stores stores;

    @BeforeParameterizedClassInvocation
    void thirtySpacesSomeAnsweredSomeDecided(TestDatabases.Kind kind) {
        database = StoreDatabase.open(kind);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        stores = Stores.on(database, clock);
        for (int space = 0; space < SPACES; space++) {
            String key = String.format("S%02d", space);
            stores.registry.register(100 + space, key, List.of(new PageChecklist("readiness", "personal", List.of()),
                    new PageChecklist("launch", "personal", List.of())));
            // Respondents 0, 1, 2 or 3, and ties, so that the sort by respondents falls back on space and checklist.
            for (int member = 0; member < space % 4; member++) {
                stores.answers.record(new GivenAnswer(AnswerKey.personal(key, "readiness", "coach", "m" + member),
                        member % 2 == 0 ? Answer.YES : Answer.NO, "m" + member, 100L + space));
            }
            if (space % 3 == 0) {
                stores.decisions.record(new NewDecision(key, "readiness", 1, space % 2 == 0 ? "launch" : "not-yet", "",
                        List.of(), "coach"));
            }
        }
        stores.summaries.rebuild();
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private static List<SummaryStore.Line> streamed(SummaryStore store, SummaryStore.Filter filter,
                                                    SummaryStore.Order order, boolean descending) {
        List<SummaryStore.Line> lines = new ArrayList<>();
        store.eachLine(filter, order, descending, TODAY, lines::add);
        return lines;
    }

    @Test
    void every_line_is_handed_over_in_the_order_and_with_the_filter_of_the_pages() {
        for (SummaryStore.Filter filter : List.of(SummaryStore.Filter.EVERY, SummaryStore.Filter.WITHOUT_DECISION,
                SummaryStore.Filter.decided("not-yet"))) {
            for (SummaryStore.Order order : SummaryStore.Order.values()) {
                for (boolean descending : List.of(false, true)) {
                    List<SummaryStore.Line> paged = new ArrayList<>();
                    for (int first = 0; first < 2 * SPACES; first += 7) {
                        paged.addAll(stores.summaryStore.lines(filter, order, descending, TODAY, first, 7));
                    }

                    assertEquals(paged, streamed(stores.summaryStore, filter, order, descending),
                            filter + " " + order + (descending ? " desc" : " asc"));
                }
            }
        }
        assertEquals(2 * SPACES, streamed(stores.summaryStore, SummaryStore.Filter.EVERY, SummaryStore.Order.SPACE,
                false).size(), "every checklist of every space, answered or only registered");
        assertEquals(5, streamed(stores.summaryStore, SummaryStore.Filter.decided("not-yet"), SummaryStore.Order.SPACE,
                false).size(), "S03, S09, S15, S21, S27");
    }

    @Test
    void the_lines_come_from_one_statement_run_with_a_fetch_size_inside_a_transaction() {
        List<String> seen = new ArrayList<>();
        SummaryStore watched = new SummaryStore(database.activeObjects(), watching(database.sql(), seen),
                stores.transactions);

        int lines = streamed(watched, SummaryStore.Filter.EVERY, SummaryStore.Order.ACTIVITY, true).size();

        assertEquals(2 * SPACES, lines);
        assertEquals(List.of("fetch size 500, autocommit false"), seen,
                "one query; a fetch size that PostgreSQL honours only inside a transaction");
    }

    @Test
    void a_sink_that_fails_stops_the_stream_with_its_own_failure_and_the_store_reads_on() {
        UncheckedIOException gone = new UncheckedIOException(new IOException("the viewer went away"));
        List<SummaryStore.Line> handed = new ArrayList<>();

        UncheckedIOException thrown = assertThrows(UncheckedIOException.class, () -> stores.summaryStore.eachLine(
                SummaryStore.Filter.EVERY, SummaryStore.Order.SPACE, false, TODAY, line -> {
                    handed.add(line);
                    if (handed.size() == 3) {
                        throw gone;
                    }
                }));

        assertSame(gone, thrown, "not taken for a database failure");
        assertEquals(3, handed.size(), "no line after the failure");
        assertFalse(streamed(stores.summaryStore, SummaryStore.Filter.EVERY, SummaryStore.Order.SPACE, false).isEmpty(),
                "the connection went back in order");
    }

    /** SAL's executor, noting for each query run its fetch size and whether its connection was in autocommit. */
    private static TransactionalExecutorFactory watching(TransactionalExecutorFactory sql, List<String> seen) {
        return new TransactionalExecutorFactory() {
            @Override
            public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
                TransactionalExecutor executor = sql.createExecutor(readOnly, requiresNew);
                return new TransactionalExecutor() {
                    @Override
                    public <A> A execute(ConnectionCallback<A> callback) {
                        return executor.execute(connection -> callback.execute(proxy(Connection.class, connection,
                                (method, result) -> method.equals("prepareStatement") ? proxy(PreparedStatement.class,
                                        (PreparedStatement) result, (query, rows) -> {
                                            if (query.equals("executeQuery")) {
                                                seen.add(statementState((PreparedStatement) result, connection));
                                            }
                                            return rows;
                                        }) : result)));
                    }
                };
            }
        };
    }

    private static String statementState(PreparedStatement statement, Connection connection) {
        try {
            return "fetch size " + statement.getFetchSize() + ", autocommit " + connection.getAutoCommit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private interface AfterCall {
        Object after(String method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            try {
                return after.after(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
