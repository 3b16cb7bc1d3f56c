package com.atlassian.sal.api.rdbms;

import java.sql.Connection;

/** SAL rdbms ConnectionCallback (interface), VERIFIED.md §12: work done with Confluence's JDBC connection. */
public interface ConnectionCallback<A> {
    A execute(Connection connection);
}
