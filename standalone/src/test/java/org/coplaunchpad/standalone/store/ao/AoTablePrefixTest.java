package org.coplaunchpad.standalone.store.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AoTablePrefixTest {
    @Test
    void the_prefix_is_the_last_six_hex_digits_of_the_md5_of_the_namespace_in_upper_case() {
        // md5("org.coplaunchpad.cop-launchpad") = ...55510e, computed independently (python hashlib).
        assertEquals("AO_55510E_", AoTablePrefix.of("org.coplaunchpad.cop-launchpad"));
    }
}
