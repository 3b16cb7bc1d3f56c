package org.coplaunchpad.aohost;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;

/**
 * The connection SAL's TransactionalExecutor lends a callback: the transaction belongs to the executor, so the
 * callback may not commit, roll back or reconfigure it (UnsupportedOperationException), and closing it only ends the
 * loan — after that every call fails. As SAL's own {@code WrappedConnection} (DF sal-core-5.1.4, rdbms/).
 */
final class SalConnection {
    private static final Set<String> REFUSED = Set.of("setAutoCommit", "commit", "rollback", "setReadOnly",
            "setTransactionIsolation", "setSavepoint", "releaseSavepoint", "abort", "setNetworkTimeout", "setCatalog",
            "setSchema");

    private SalConnection() {
    }

    static Connection lend(Connection connection) {
        boolean[] expired = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (expired[0] && !name.equals("isClosed") && !name.equals("close")) {
                        throw new IllegalStateException("Connection used after its TransactionalExecutor callback ended");
                    }
                    switch (name) {
                        case "close" -> {
                            expired[0] = true;
                            return null;
                        }
                        case "isClosed" -> {
                            return expired[0] || connection.isClosed();
                        }
                        default -> {
                            if (REFUSED.contains(name)) {
                                throw new UnsupportedOperationException("java.sql.Connection#" + name
                                        + " called from a connection provided by com.atlassian.sal.api.rdbms.TransactionalExecutor");
                            }
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
