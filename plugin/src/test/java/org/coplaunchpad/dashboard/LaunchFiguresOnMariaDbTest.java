package org.coplaunchpad.dashboard;

import org.coplaunchpad.aohost.TestDatabases;

class LaunchFiguresOnMariaDbTest extends LaunchFiguresContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.MARIADB;
    }
}
