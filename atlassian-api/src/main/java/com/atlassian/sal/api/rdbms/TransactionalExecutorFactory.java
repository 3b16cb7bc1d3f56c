package com.atlassian.sal.api.rdbms;

/**
 * SAL rdbms TransactionalExecutorFactory (interface), VERIFIED.md §12: the SAL way for an app to run its own SQL on
 * Confluence's database. createReadOnly() and createExecutor(boolean, boolean) are default methods in the real
 * interface too; the product (or the standalone host) overrides createExecutor.
 */
public interface TransactionalExecutorFactory {
    default TransactionalExecutor createReadOnly() {
        return createExecutor(true, false);
    }

    default TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        throw new UnsupportedOperationException("The product provides createExecutor(boolean, boolean)");
    }
}
