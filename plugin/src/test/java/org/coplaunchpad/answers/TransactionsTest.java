package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one way the stores run database work: retry at the outermost transaction only, failures made clean. */
class TransactionsTest {
    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final Transactions transactions = new Transactions(ao);

    @BeforeEach
    void aoRunsTheCallbackAsItsTransaction() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction());
    }

    /** What AO throws when a concurrent writer won: the driver's unique violation, wrapped. */
    private static RuntimeException conflict() {
        return new IllegalStateException("AO failed", new SQLException("duplicate key CHANGE_KEY", "23505"));
    }

    @Test
    void a_write_that_lost_a_race_is_retried_and_then_succeeds() {
        AtomicInteger runs = new AtomicInteger();

        String result = transactions.write("record a tick", () -> {
            if (runs.incrementAndGet() < 3) {
                throw conflict();
            }
            return "recorded";
        });

        assertEquals("recorded", result);
        assertEquals(3, runs.get());
        verify(ao, times(3)).executeInTransaction(any());
    }

    @Test
    void a_write_that_finds_what_it_read_changed_reads_again_outside_the_transaction_and_starts_over() {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger readsInATransaction = new AtomicInteger();
        AtomicInteger writes = new AtomicInteger();
        java.util.concurrent.atomic.AtomicBoolean inTransaction = new java.util.concurrent.atomic.AtomicBoolean();
        org.mockito.Mockito.doAnswer(call -> {
            inTransaction.set(true);
            try {
                return call.<TransactionCallback<?>>getArgument(0).doInTransaction();
            } finally {
                inTransaction.set(false);
            }
        }).when(ao).executeInTransaction(any());

        String result = transactions.writeAfterReading("record an answer", () -> {
            readsInATransaction.addAndGet(inTransaction.get() ? 1 : 0);
            return "revision " + reads.incrementAndGet();
        }, read -> {
            if (writes.incrementAndGet() == 1) {
                throw new ConcurrentChangeException("changed since it was read");
            }
            return read;
        });

        assertEquals("revision 2", result, "the second attempt wrote over what it read again");
        assertEquals(2, reads.get());
        assertEquals(0, readsInATransaction.get(), "each read ran outside the transaction");
        verify(ao, times(2)).executeInTransaction(any());
    }

    @Test
    void a_write_that_reads_before_it_begins_cannot_run_inside_another_write() {
        assertThrows(IllegalStateException.class, () -> transactions.write("forget a member", () ->
                transactions.writeAfterReading("record an answer", () -> "read", read -> read)));
    }

    @Test
    void a_conflict_inside_a_joined_write_restarts_the_outermost_transaction_not_the_inner_part() {
        AtomicInteger outerRuns = new AtomicInteger();
        AtomicInteger innerRuns = new AtomicInteger();

        int result = transactions.write("forget a space", () -> {
            outerRuns.incrementAndGet();
            return transactions.write("delete the answers", () -> {
                if (innerRuns.incrementAndGet() == 1) {
                    throw conflict();
                }
                return 7;
            });
        });

        assertEquals(7, result);
        assertEquals(2, outerRuns.get(), "the whole outer transaction ran again");
        assertEquals(2, innerRuns.get(), "the inner part did not retry on its own");
        verify(ao, times(2)).executeInTransaction(any());
    }

    @Test
    void a_database_failure_becomes_store_unavailable_with_the_cause_kept_and_no_retry() {
        AtomicInteger runs = new AtomicInteger();
        RuntimeException down = new IllegalStateException("SELECT * FROM AO_55510E_ANSWER failed",
                new SQLException("Connection refused", "08001"));

        StoreUnavailableException failure = assertThrows(StoreUnavailableException.class,
                () -> transactions.write("record a tick", () -> {
                    runs.incrementAndGet();
                    throw down;
                }));

        assertEquals(1, runs.get());
        assertEquals("Could not record a tick", failure.getMessage());
        assertSame(down, failure.getCause());
        assertFalse(failure.getMessage().contains("SELECT"));
    }

    @Test
    void a_read_failure_becomes_store_unavailable_too() {
        StoreUnavailableException failure = assertThrows(StoreUnavailableException.class,
                () -> transactions.read("read the answers", () -> {
                    throw new IllegalStateException(new SQLException("Table not found", "42S02"));
                }));

        assertEquals("Could not read the answers", failure.getMessage());
    }

    @Test
    void a_bug_is_not_disguised_as_an_unavailable_database() {
        NullPointerException bug = new NullPointerException("a bug of ours");

        assertSame(bug, assertThrows(NullPointerException.class, () -> transactions.read("read", () -> {
            throw bug;
        })));
    }

    @Test
    void endless_conflicts_give_up_after_the_last_attempt_as_unavailable() {
        AtomicInteger runs = new AtomicInteger();

        StoreUnavailableException failure = assertThrows(StoreUnavailableException.class,
                () -> transactions.write("save thresholds", () -> {
                    runs.incrementAndGet();
                    throw conflict();
                }));

        assertEquals(Transactions.MAX_ATTEMPTS, runs.get());
        assertTrue(failure.getMessage().startsWith("Could not save thresholds after"), failure.getMessage());
    }

    @Test
    void conflicts_are_unique_violations_serialisation_failures_deadlocks_and_lock_timeouts() {
        for (String state : new String[] {"23505", "23000", "40001", "40P01", "HYT00", "90131"}) {
            assertTrue(Transactions.isConcurrentWriteConflict(new RuntimeException(new SQLException("x", state))), state);
        }
        assertFalse(Transactions.isConcurrentWriteConflict(new RuntimeException(new SQLException("x", "08001"))));
        assertFalse(Transactions.isConcurrentWriteConflict(new RuntimeException("no SQL state")));
    }
}
