package org.coplaunchpad.standalone.data;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** INSERTs into the HOST_* tables whose first column is a generated ID. */
final class GeneratedIds {
    private GeneratedIds() {
    }

    /** Runs the INSERT and returns the row's new ID. */
    static long insert(JdbcClient jdbc, String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys);
        // Not KeyHolder.getKey(): the drivers answer differently (H2 the ID column, PostgreSQL every column of the
        // row, MariaDB one column named insert_id); in each the ID comes first.
        Map<String, Object> row = keys.getKeyList().get(0);
        return ((Number) row.values().iterator().next()).longValue();
    }
}
