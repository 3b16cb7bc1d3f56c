package org.coplaunchpad.standalone.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * The ActiveObjects service for one app: its namespace's EntityManager, with SQLException turned into the
 * unchecked exceptions the AO plugin throws. Only the members atlassian-api declares are implemented.
 */
public final class HostActiveObjects implements ActiveObjects {
    /** AO's Transaction binds one connection to the thread; a nested call joins the outer transaction. */
    private static final ThreadLocal<Boolean> IN_TRANSACTION = ThreadLocal.withInitial(() -> false);

    private final EntityManager entityManager;

    public HostActiveObjects(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        sql(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (IN_TRANSACTION.get()) {
            return callback.doInTransaction();
        }
        IN_TRANSACTION.set(true);
        try {
            return sql(() -> new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return callback.doInTransaction();
                }
            }.execute());
        } finally {
            IN_TRANSACTION.remove();
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            // The AO plugin wraps SQLException in its own unchecked ActiveObjectsSqlException; a RuntimeException
            // with the SQLException as cause is what callers can rely on.
            throw new IllegalStateException("ActiveObjects: " + e.getMessage(), e);
        }
    }
}
