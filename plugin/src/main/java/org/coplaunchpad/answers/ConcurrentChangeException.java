package org.coplaunchpad.answers;

/**
 * What a write read before its transaction changed meanwhile (another request of the same member wrote the same
 * answer first): {@link Transactions} starts the write over, reading again, as for a unique-key conflict.
 */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what) {
        super(what);
    }
}
