package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The one way the stores run database work: writes in one AO transaction, retried as a whole when a concurrent
 * writer won the race, and every database failure turned into a {@link StoreUnavailableException}.
 * <p>
 * Retries happen only at the outermost transaction. In Confluence a nested executeInTransaction joins the outer
 * one, and a conflict marks the whole of it rollback-only: retrying the inner part would fail again, so a nested
 * write runs as part of the outer one and lets its conflict reach the outermost write, which starts over.
 */
@Component
public class Transactions {
    /** Attempts of one write when other members keep changing the same rows (unique violation, deadlock). */
    static final int MAX_ATTEMPTS = 20;

    private final ActiveObjects ao;
    /** True on a thread while it runs an outermost write: per request, never shared between requests. */
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);

    public Transactions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    /** Runs {@code work} in one transaction; {@code what} names it in the failure ("record a tick"). */
    public <T> T write(String what, Supplier<T> work) {
        if (writing.get()) {
            return work.get();
        }
        return attempts(what, () -> ao.executeInTransaction(work::get));
    }

    /**
     * Runs {@code read} outside any transaction, then {@code work} on what it read in one transaction, both again
     * when a concurrent writer won the race (as {@link #write}): for a write that must take no snapshot before its
     * first lock (InnoDB's REPEATABLE READ takes one at a transaction's first plain read) and that checks, as it
     * writes, that what it read is still so (throwing {@link ConcurrentChangeException} otherwise).
     */
    public <R, T> T writeAfterReading(String what, Supplier<R> read, Function<R, T> work) {
        if (writing.get()) {
            throw new IllegalStateException("Cannot " + what + " inside another write: it reads before it begins");
        }
        return attempts(what, () -> {
            R before = read.get();
            return ao.executeInTransaction(() -> work.apply(before));
        });
    }

    /** The outermost write, attempted again while concurrent writers win the race. */
    private <T> T attempts(String what, Supplier<T> attempt) {
        writing.set(true);
        try {
            RuntimeException lastConflict = null;
            for (int i = 1; i <= MAX_ATTEMPTS; i++) {
                try {
                    return attempt.get();
                } catch (RuntimeException e) {
                    if (!isConcurrentWriteConflict(e)) {
                        throw unavailable(what, e);
                    }
                    lastConflict = e;
                    backOff(i);
                }
            }
            throw new StoreUnavailableException("Could not " + what + " after " + MAX_ATTEMPTS
                    + " attempts: others kept changing the same answers", lastConflict);
        } finally {
            writing.remove();
        }
    }

    /**
     * Runs many reads of one view in one transaction, on one connection: the reads join it (AO's executeInTransaction
     * and SAL's executor both propagate REQUIRED), so a dashboard costs one begin and one commit instead of one per
     * query, and its figures come from one moment of the database. Writes nothing. Not retried: a read has no write
     * conflict to lose.
     */
    public <T> T readTogether(String what, Supplier<T> work) {
        if (writing.get()) {
            return work.get();
        }
        try {
            return ao.executeInTransaction(work::get);
        } catch (RuntimeException e) {
            throw unavailable(what, e);
        }
    }

    /** Runs a read (no transaction of its own), turning a database failure into StoreUnavailableException. */
    public <T> T read(String what, Supplier<T> work) {
        if (writing.get()) {
            return work.get();
        }
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw unavailable(what, e);
        }
    }

    private static RuntimeException unavailable(String what, RuntimeException failure) {
        if (failure instanceof StoreUnavailableException || !fromTheDatabase(failure)) {
            return failure;
        }
        return new StoreUnavailableException("Could not " + what, failure);
    }

    /** AO, SAL and the JDBC drivers all carry the driver's SQLException as a cause; a bug of ours does not. */
    private static boolean fromTheDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A unique-constraint violation (class 23) or a serialisation failure / deadlock / lock timeout means another
     * transaction changed the same rows first: worth retrying. Anything else is a real error.
     */
    static boolean isConcurrentWriteConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrentChangeException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23") || state.equals("40001") || state.equals("40P01")
                        || state.equals("HYT00") || state.equals("90131")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Exponential back-off with jitter (4 ms, 8 ms, … up to 200 ms), so that racing writers spread out. */
    private static void backOff(int attempt) {
        long ceiling = Math.min(200, 2L << Math.min(attempt, 7));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while retrying a write", e);
        }
    }
}
