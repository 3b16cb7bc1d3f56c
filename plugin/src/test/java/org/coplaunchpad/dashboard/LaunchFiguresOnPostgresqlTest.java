package org.coplaunchpad.dashboard;

import org.coplaunchpad.aohost.TestDatabases;

class LaunchFiguresOnPostgresqlTest extends LaunchFiguresContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRESQL;
    }
}
