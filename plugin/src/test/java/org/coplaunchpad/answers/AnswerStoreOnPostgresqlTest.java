package org.coplaunchpad.answers;

import org.coplaunchpad.aohost.TestDatabases;

class AnswerStoreOnPostgresqlTest extends AnswerStoreContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.POSTGRESQL;
    }

    @Override
    int concurrentTicksPerThread() {
        return 150;
    }
}
