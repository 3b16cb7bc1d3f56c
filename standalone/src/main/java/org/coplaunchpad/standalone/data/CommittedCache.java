package org.coplaunchpad.standalone.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.coplaunchpad.aohost.HostTransactions;

/**
 * Rows as committed, kept in memory as Confluence keeps space permissions (confluence-8.7.2
 * {@code CoarseGrainedCachingSpacePermissionManager}, a cache per space emptied by every change) and users and their
 * groups (Crowd's caching directory): a permission check then reads no row, there as here, so that the host does not
 * charge the app's pages and answers with queries Confluence does not run.
 * <p>
 * Only what was read outside any transaction is kept (inside one, a thread may see its own changes before they
 * commit). A change empties the cache at once and again when its transaction ends, and a value read while a change
 * happened is not kept, so no thread keeps what it read before a change committed.
 */
final class CommittedCache<K, V> {
    private final HostTransactions transactions;
    private final Map<K, V> values = new ConcurrentHashMap<>();
    private long changes;

    CommittedCache(HostTransactions transactions) {
        this.transactions = transactions;
    }

    V get(K key, Function<K, V> read) {
        V kept = values.get(key);
        if (kept != null) {
            return kept;
        }
        if (transactions.currentConnection().isPresent()) {
            return read.apply(key);
        }
        long before;
        synchronized (this) {
            before = changes;
        }
        V value = read.apply(key);
        synchronized (this) {
            if (changes == before) {
                values.put(key, value);
            }
        }
        return value;
    }

    /** After a change of the rows kept (the statement has run): forget them now and when its transaction ends. */
    void changed() {
        forget();
        transactions.afterCompletion(this::forget);
    }

    private synchronized void forget() {
        changes++;
        values.clear();
    }
}
