package org.coplaunchpad.aohost;

import java.sql.SQLException;

/** An SQL failure inside the ActiveObjects façade: unchecked, with the driver's SQLException as its cause, as in Confluence. */
public final class AoSqlException extends RuntimeException {
    public AoSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
