package com.atlassian.sal.api.rdbms;

/** SAL rdbms TransactionalExecutor (interface), VERIFIED.md §12. Only execute(...) is declared. */
public interface TransactionalExecutor {
    <A> A execute(ConnectionCallback<A> callback);
}
