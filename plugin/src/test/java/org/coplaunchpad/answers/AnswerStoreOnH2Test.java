package org.coplaunchpad.answers;

import org.coplaunchpad.aohost.TestDatabases;

class AnswerStoreOnH2Test extends AnswerStoreContract {
    @Override
    TestDatabases.Kind kind() {
        return TestDatabases.Kind.H2;
    }

    @Override
    int concurrentTicksPerThread() {
        return 500;
    }
}
