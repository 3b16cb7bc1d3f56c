package org.coplaunchpad.standalone.data;

/** The database cannot be used; the message is one line a person can act on. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
