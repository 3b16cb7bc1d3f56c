package org.coplaunchpad.answers;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Binds a statement's parameters in order, the one way the stores' plain SQL does it. */
final class SqlParameters {
    private SqlParameters() {
    }

    /** Strings (null: SQL NULL), booleans, ints, longs, instants (to the millisecond, as Active Objects writes a Date). */
    static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof Boolean flag) {
                statement.setBoolean(i + 1, flag);
            } else if (parameter instanceof Integer number) {
                statement.setInt(i + 1, number);
            } else if (parameter instanceof Long number) {
                statement.setLong(i + 1, number);
            } else if (parameter instanceof Instant instant) {
                // The summary and the dashboards compare these with what Active Objects wrote.
                statement.setTimestamp(i + 1, new Timestamp(instant.toEpochMilli()));
            } else {
                statement.setString(i + 1, (String) parameter);
            }
        }
    }
}
