package org.coplaunchpad.answers;

/**
 * The database could not be read or written just now (unreachable, failing, or too contended). Nothing was
 * half-written: the transaction was rolled back. The message says what could not be done, never the SQL; the
 * database's own exception is the cause, for the log. Endpoints answer 503 and macros an inline error.
 */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String whatFailed, Throwable cause) {
        super(whatFailed, cause);
    }
}
