package org.coplaunchpad.dashboard;

import org.coplaunchpad.aohost.TestDatabases;

class LaunchFiguresOnH2Test extends LaunchFiguresContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.H2;
    }
}
