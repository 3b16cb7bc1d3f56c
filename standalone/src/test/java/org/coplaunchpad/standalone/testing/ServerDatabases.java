package org.coplaunchpad.standalone.testing;

import org.coplaunchpad.aohost.TestDatabases;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** A fresh database on a local server for one test: required when CI=true, skipped with the reason elsewhere. */
public final class ServerDatabases {
    private ServerDatabases() {
    }

    public static TestDatabases.Database createOrSkip(TestDatabases.Kind kind) {
        String unavailable = TestDatabases.unavailableReason(kind);
        if (unavailable != null) {
            if (TestDatabases.requiredByCi()) {
                Assertions.fail(kind + " is required when CI=true: " + unavailable);
            }
            Assumptions.abort("Skipped: " + unavailable + " (required when CI=true)");
        }
        return TestDatabases.create(kind);
    }
}
