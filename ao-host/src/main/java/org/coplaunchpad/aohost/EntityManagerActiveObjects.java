package org.coplaunchpad.aohost;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.SQLException;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** The ActiveObjects façade over an AO EntityManager, as Confluence's AO plugin provides it to the app. */
public final class EntityManagerActiveObjects implements ActiveObjects {
    private final EntityManager entityManager;
    private final HostTransactions transactions;

    public EntityManagerActiveObjects(EntityManager entityManager, HostTransactions transactions) {
        this.entityManager = entityManager;
        this.transactions = transactions;
    }

    /** Creates or updates the entities' tables, as an upgrade task asks before it touches them. */
    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
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

    /**
     * Runs the callback in the thread's transaction, or a new one when none runs, as Confluence's AO plugin does
     * (SalTransactionManager → SAL TransactionTemplate, PROPAGATION_REQUIRED): a nested call joins the outer
     * transaction, and its exception, even if the outer callback catches it, rolls the whole transaction back.
     */
    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        return transactions.execute(HostTransactions.Propagation.REQUIRED, false,
                connection -> callback.doInTransaction());
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T sql(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }
}
