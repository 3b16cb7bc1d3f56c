package org.coplaunchpad.aohost;

/**
 * The outermost transaction asked to commit after a joined one failed: everything was rolled back, as Spring's
 * {@code UnexpectedRollbackException} says in Confluence (DF spring-tx-5.3.31 {@code AbstractPlatformTransactionManager}).
 */
public final class UnexpectedRollbackException extends RuntimeException {
    UnexpectedRollbackException() {
        super("Transaction rolled back because it has been marked as rollback-only");
    }
}
