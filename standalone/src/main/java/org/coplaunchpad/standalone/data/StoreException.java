package org.coplaunchpad.standalone.data;

import java.sql.SQLException;

/** A statement of the host's own store failed: a host bug or a broken database, never a user error. */
public class StoreException extends RuntimeException {
    public StoreException(String sql, SQLException cause) {
        super("SQL failed (" + cause.getMessage() + "): " + sql, cause);
    }
}
