package org.coplaunchpad.standalone.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.coplaunchpad.aohost.HostTransactions.Propagation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host keeps space grants, users and their groups in memory as Confluence does (its space permission cache,
 * Crowd's caching directory), and what it keeps is always what is committed: a change is seen at once by the next
 * check, one inside a transaction is seen by other threads only once it commits, and never if it rolls back.
 */
class PermissionCacheTest {
    private Database database;
    private SpaceStore spaces;
    private UserStore users;
    private Permissions permissions;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        HostSchema.create(database);
        spaces = new SpaceStore(database);
        users = new UserStore(database);
        permissions = new Permissions(spaces, users);
        spaces.create("CDP", "Communauté");
        users.create(new User("alice", "Alice Arnaud", "alice@example.org", Locale.FRENCH, false), "secret");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private boolean aliceMayEdit() {
        return permissions.canEdit(users.find("alice"), "CDP");
    }

    @Test
    void a_grant_or_a_revocation_is_seen_by_the_next_check() {
        assertFalse(aliceMayEdit(), "checked once, and kept");
        spaces.grantToUser("CDP", SpacePermission.VIEW, "alice");
        spaces.grantToUser("CDP", SpacePermission.EDIT, "alice");
        assertTrue(aliceMayEdit());

        spaces.revokeFromUser("CDP", SpacePermission.EDIT, "alice");
        assertFalse(aliceMayEdit());
    }

    @Test
    void joining_a_group_and_leaving_every_group_are_seen_by_the_next_check() {
        spaces.grantToGroup("CDP", SpacePermission.VIEW, "members");
        spaces.grantToGroup("CDP", SpacePermission.EDIT, "members");
        assertFalse(aliceMayEdit());

        users.addToGroup("alice", "members");
        assertEquals(List.of("members"), users.groups("alice"));
        assertTrue(aliceMayEdit());

        users.leaveAllGroups("alice");
        assertFalse(aliceMayEdit());
    }

    @Test
    void a_grant_inside_a_transaction_reaches_other_threads_when_it_commits_and_never_if_it_rolls_back() {
        assertFalse(aliceMayEdit());
        assertThrows(IllegalStateException.class, () -> database.transactions().execute(Propagation.REQUIRED, false,
                transaction -> {
                    spaces.grantToUser("CDP", SpacePermission.VIEW, "alice");
                    spaces.grantToUser("CDP", SpacePermission.EDIT, "alice");
                    assertFalse(elsewhere(), "another thread checks before the commit: not granted, and not kept");
                    throw new IllegalStateException("the change fails after the grants");
                }));
        assertFalse(aliceMayEdit(), "rolled back");
        assertFalse(elsewhere());

        database.transactions().execute(Propagation.REQUIRED, false, transaction -> {
            spaces.grantToUser("CDP", SpacePermission.VIEW, "alice");
            spaces.grantToUser("CDP", SpacePermission.EDIT, "alice");
            assertFalse(elsewhere(), "not yet committed");
            return null;
        });
        assertTrue(elsewhere(), "committed: what the other thread read before is not kept");
        assertTrue(aliceMayEdit());
    }

    @Test
    void a_removed_user_is_no_longer_found_and_a_changed_language_is_read_again() {
        assertEquals(Locale.FRENCH, users.find("ALICE").orElseThrow().locale(), "names are found in any case");
        users.setLocale("alice", Locale.ENGLISH);
        assertEquals(Locale.ENGLISH, users.find("alice").orElseThrow().locale());

        assertTrue(users.markRemoved("alice"));
        assertEquals(Optional.empty(), users.find("alice"));
    }

    private boolean elsewhere() {
        return CompletableFuture.supplyAsync(this::aliceMayEdit).join();
    }
}
