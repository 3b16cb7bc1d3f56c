package org.coplaunchpad.standalone.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The host's password hashes, computed by Spring Security's PBKDF2 in the format data folders already hold. */
class PasswordsTest {
    /** Written by the host's own PBKDF2 code before Spring Security, for the password "before-spring". */
    private static final String WRITTEN_BEFORE_SPRING_SECURITY =
            "pbkdf2$10000$1bsIVi4rcYxe7G2Qkwb11w==$SQeNa68IOpuRnUT+NNviI0hKZP7+/VUCUdT1Pn1CDa4=";

    private final Passwords passwords = new Passwords();

    @Test
    void a_hash_written_before_spring_security_still_matches_its_password_only() {
        assertTrue(passwords.matches("before-spring", WRITTEN_BEFORE_SPRING_SECURITY));
        assertFalse(passwords.matches("before-summer", WRITTEN_BEFORE_SPRING_SECURITY));
    }

    @Test
    void a_new_hash_is_salted_in_the_same_format_and_matches() {
        String hash = passwords.encode("alice");

        assertTrue(hash.matches("pbkdf2\\$10000\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{44}"), hash);
        assertTrue(passwords.matches("alice", hash));
        assertNotEquals(hash, passwords.encode("alice"));
    }

    @Test
    void a_hash_of_another_kind_matches_nothing_rather_than_failing() {
        assertFalse(passwords.matches("alice", "{bcrypt}$2a$10$abc"));
        assertFalse(passwords.matches("alice", "pbkdf2$many$salt$hash"));
        assertFalse(passwords.matches("alice", null));
    }
}
