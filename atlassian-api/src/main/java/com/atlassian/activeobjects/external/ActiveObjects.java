package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * confluence-api.md §2.3 ActiveObjects (interface, AO plugin 5.2.1; same API on 10.0.1). Only the members the
 * app calls, with the real generic bounds so that they erase to the real descriptors (RawEntity, RawEntity[]).
 */
public interface ActiveObjects {
    /** Creates or updates the tables of these entities (confluence-api.md §8: an upgrade task calls it first). */
    void migrate(Class<? extends RawEntity<?>>... entities);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... params);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
