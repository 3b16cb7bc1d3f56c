package org.coplaunchpad.answers;

import org.coplaunchpad.aohost.TestDatabases;

class AnswerStoreOnMariaDbTest extends AnswerStoreContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.MARIADB;
    }

    @Override
    int concurrentTicksPerThread() {
        return 150;
    }
}
