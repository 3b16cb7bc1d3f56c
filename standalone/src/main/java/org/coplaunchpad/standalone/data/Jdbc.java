package org.coplaunchpad.standalone.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.aohost.HostTransactions;

/** The few JDBC shapes the host stores need, with SQLException turned into an unchecked StoreException. */
final class Jdbc {
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Database database;

    Jdbc(Database database) {
        this.database = database;
    }

    <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (Connection c = database.connection(); PreparedStatement ps = prepare(c, sql, params);
             ResultSet rs = ps.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(row.map(rs));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    <T> Optional<T> queryOne(String sql, Row<T> row, Object... params) {
        return query(sql, row, params).stream().findFirst();
    }

    int update(String sql, Object... params) {
        try (Connection c = database.connection(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /** An INSERT into a table whose first column is a generated ID. */
    long insert(String sql, Object... params) {
        try (Connection c = database.connection();
             PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no generated key");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    /** Several updates in one transaction (joining the thread's, if one runs): all or none. */
    void updateAll(List<String> statements, Object... params) {
        database.transactions().execute(HostTransactions.Propagation.REQUIRED, false, c -> {
            for (String sql : statements) {
                try (PreparedStatement ps = prepare(c, sql, params)) {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw new StoreException(sql, e);
                }
            }
            return null;
        });
    }

    void execute(String sql) {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        bind(ps, params);
        return ps;
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i] instanceof Instant instant ? Timestamp.from(instant) : params[i];
            if (p == null) {
                ps.setNull(i + 1, java.sql.Types.NULL);
            } else {
                ps.setObject(i + 1, p);
            }
        }
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
