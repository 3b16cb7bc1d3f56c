package org.coplaunchpad.testing;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps SAL's executor and counts the JDBC statements the app prepares on its connections. */
public final class CountingSql implements TransactionalExecutorFactory {
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final TransactionalExecutorFactory target;
    private final AtomicInteger statements = new AtomicInteger();
    private final AtomicInteger executions = new AtomicInteger();

    public CountingSql(TransactionalExecutorFactory target) {
        this.target = target;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        TransactionalExecutor executor = target.createExecutor(readOnly, requiresNew);
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                executions.incrementAndGet();
                return executor.execute(connection -> callback.execute(counting(connection)));
            }
        };
    }

    private Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (self, method, args) -> {
                    if (STATEMENTS.contains(method.getName())) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public int statements() {
        return statements.get();
    }

    /** The executors' runs: each borrows a connection (or joins the caller's transaction) once. */
    public int executions() {
        return executions.get();
    }

    public void reset() {
        statements.set(0);
        executions.set(0);
    }
}
