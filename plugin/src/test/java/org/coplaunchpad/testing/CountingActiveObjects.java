package org.coplaunchpad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps ActiveObjects and counts the calls that each run one SQL query (find, stream, count) and the transactions
 * opened (executeInTransaction), to prove how many round trips a piece of the app makes.
 */
public final class CountingActiveObjects {
    private static final Set<String> QUERIES = Set.of("find", "stream", "count", "findWithSQL", "get");
    private static final Set<String> WRITES = Set.of("create", "delete", "deleteWithSQL", "migrate",
            "migrateDestructively", "flushAll", "flush");

    private final AtomicInteger queries = new AtomicInteger();
    private final AtomicInteger transactions = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final ActiveObjects proxy;

    public CountingActiveObjects(ActiveObjects target) {
        this.proxy = (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (self, method, args) -> {
                    if (QUERIES.contains(method.getName())) {
                        queries.incrementAndGet();
                    }
                    if (WRITES.contains(method.getName())) {
                        writes.incrementAndGet();
                    }
                    if (method.getName().equals("executeInTransaction")) {
                        transactions.incrementAndGet();
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    public ActiveObjects activeObjects() {
        return proxy;
    }

    public int queries() {
        return queries.get();
    }

    public int transactions() {
        return transactions.get();
    }

    /** Calls of ActiveObjects that create, delete or migrate rows (an entity's own save() is not seen here). */
    public int writes() {
        return writes.get();
    }

    public void reset() {
        queries.set(0);
        transactions.set(0);
        writes.set(0);
    }
}
