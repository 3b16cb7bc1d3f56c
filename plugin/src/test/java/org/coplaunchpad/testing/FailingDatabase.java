package org.coplaunchpad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A database that fails on demand, for the app's stores: wraps the real ActiveObjects and SAL executor, and while
 * failing, throws what a stopped or broken database throws (the driver's SQLException inside the façade's
 * exception, with the SQL in its message). A failure can also hit only the n-th write (an AO create or an SQL
 * INSERT), in the middle of a transaction, to prove that nothing is half-written.
 */
public final class FailingDatabase {
    /** What a database that stopped answers: the message carries SQL, exactly what a page must never show. */
    public static final String SQL_IN_THE_MESSAGE = "Could not execute SELECT ID, ANSWER_KEY FROM AO_55510E_ANSWER"
            + " WHERE SPACE_KEY = ?";

    private final ActiveObjects activeObjects;
    private final TransactionalExecutorFactory sql;
    private volatile boolean failing;
    private final AtomicInteger writesBeforeFailure = new AtomicInteger(-1);

    public FailingDatabase(ActiveObjects target, TransactionalExecutorFactory sqlTarget) {
        this.activeObjects = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (self, method, args) -> {
                    boolean write = method.getName().equals("create");
                    if (failing && !method.getName().equals("executeInTransaction")
                            || write && writesBeforeFailure.getAndDecrement() == 0) {
                        throw failure();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        this.sql = new TransactionalExecutorFactory() {
            @Override
            public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
                TransactionalExecutor executor = sqlTarget.createExecutor(readOnly, requiresNew);
                return new TransactionalExecutor() {
                    @Override
                    public <A> A execute(com.atlassian.sal.api.rdbms.ConnectionCallback<A> callback) {
                        if (failing) {
                            throw failure();
                        }
                        return executor.execute(connection -> callback.execute(countingInserts(connection)));
                    }
                };
            }
        };
    }

    /** A connection whose INSERT statements count as writes, as AO's create does: the n-th fails when asked. */
    private java.sql.Connection countingInserts(java.sql.Connection connection) {
        return (java.sql.Connection) Proxy.newProxyInstance(java.sql.Connection.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class}, (self, method, args) -> {
                    if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String text
                            && text.trim().toUpperCase(java.util.Locale.ROOT).startsWith("INSERT")
                            && writesBeforeFailure.getAndDecrement() == 0) {
                        throw new SQLException("Connection to 127.0.0.1:5432 refused", "08001");
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public static FailingDatabase on(StoreDatabase database) {
        return new FailingDatabase(database.activeObjects(), database.sql());
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public TransactionalExecutorFactory sql() {
        return sql;
    }

    /** Every query and write fails from now on, until {@link #recover()}. */
    public void stop() {
        failing = true;
    }

    /** Only the write after the next {@code writes} writes fails (once), inside whatever transaction runs it. */
    public void failAfterWrites(int writes) {
        writesBeforeFailure.set(writes);
    }

    public void recover() {
        failing = false;
        writesBeforeFailure.set(-1);
    }

    private static RuntimeException failure() {
        return new IllegalStateException(SQL_IN_THE_MESSAGE,
                new SQLException("Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct",
                        "08001"));
    }
}
