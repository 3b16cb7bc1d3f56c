package org.coplaunchpad.standalone.hosting.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.event.events.user.UserEvent;
import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.event.api.EventListener;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.coplaunchpad.aohost.HostTransactions.Propagation;
import org.coplaunchpad.standalone.data.Database;
import org.coplaunchpad.standalone.data.HostData;
import org.coplaunchpad.standalone.data.HostSchema;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Removing a user publishes UserRemoveEvent as Confluence's DefaultUserAccessor.removeUser does: with the user as a
 * ConfluenceUser (key and name), synchronously, inside the removal's transaction, after the groups and space
 * permissions went and before the user becomes unusable; then the name, password and personal details are gone and
 * the key stays, with its alias. A refused removal publishes nothing.
 */
class HostUserRemovalTest {
    private static final User ADMIN = new User("admin", "Administrateur", "admin@example.org", Locale.FRENCH, true);
    private static final User OTHER_ADMIN = new User("admin2", "Autre admin", "admin2@example.org", Locale.FRENCH, true);
    private static final User ALICE = new User("alice", "Alice Martin", "alice@example.org", Locale.FRENCH, false);

    /** What a listener saw of the event, at the moment it was published. */
    private record Seen(Class<?> type, boolean confluenceUser, String key, String name, String fullName,
                        boolean inTransaction, boolean foundByName, boolean canLogIn, List<String> groups,
                        boolean viewsTheSpace) {
    }

    /** A listener registered as the app registers its own: public @EventListener methods. */
    public final class Recorder {
        @EventListener
        public void onUserEvent(UserEvent event) {
            ConfluenceUser user = event.getUser() instanceof ConfluenceUser known ? known : null;
            seen.add(new Seen(event.getClass(), user != null, user == null ? null : user.getKey().getStringValue(),
                    event.getUser().getName(), event.getUser().getFullName(),
                    database.transactions().currentConnection().isPresent(),
                    data.users().find(event.getUser().getName()).isPresent(),
                    data.users().passwordHash(event.getUser().getName()).isPresent(),
                    data.users().groups(event.getUser().getName()),
                    data.spaces().granted("CDP", SpacePermission.VIEW, event.getUser().getName(), List.of())));
            // As the app's listener writes in the same transaction (its AO tables share the thread's transaction).
            settings.put("forgotten." + event.getUser().getName(), "yes");
            if (failing) {
                throw new IllegalStateException("a listener failed");
            }
        }
    }

    private final List<Seen> seen = new ArrayList<>();
    private boolean failing;
    private Database database;
    private HostData data;
    private Settings settings;
    private HostUserRemoval removal;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        HostSchema.create(database);
        data = HostData.on(database);
        settings = new Settings(database);
        for (User user : List.of(ADMIN, OTHER_ADMIN, ALICE)) {
            data.users().create(user, user.username());
        }
        data.users().addToGroup("alice", "cdp-members");
        data.spaces().create("CDP", "Communauté");
        data.spaces().grantToUser("CDP", SpacePermission.VIEW, "alice");
        data.pages().create("CDP", null, "Accueil", "<p>Bonjour</p>", "alice");
        HostEventPublisher events = new HostEventPublisher();
        events.register(new Recorder());
        removal = new HostUserRemoval(data.users(), data.spaces(), data.permissions(), events, database.transactions());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void removing_a_user_publishes_user_remove_event_with_the_confluence_user_inside_the_transaction_before_they_go() {
        assertEquals(HostUserRemoval.Outcome.REMOVED, removal.remove(ADMIN, "alice"));

        assertEquals(List.of(new Seen(UserRemoveEvent.class, true, "alice", "alice", "Alice Martin", true, true, true,
                List.of(), false)), seen, "the name still resolves and logs in; groups and space permissions are gone"
                + " first, as in Confluence's UserRemover");
    }

    @Test
    void a_removed_user_can_no_longer_log_in_nor_be_found_by_name_and_their_key_stays_with_an_alias() {
        removal.remove(ADMIN, "alice");

        assertTrue(data.users().find("alice").isEmpty(), "the name no longer resolves");
        assertTrue(data.users().passwordHash("alice").isEmpty(), "no password to log in with");
        assertTrue(data.users().active().stream().noneMatch(user -> user.username().equals("alice")));
        User left = data.users().findByKey("alice").orElseThrow();
        assertEquals(new User("alice", User.removedAlias("alice"), "", Locale.ENGLISH, false), left,
                "the key stays; the personal details go");
        assertTrue(User.removedAlias("alice").matches("user-[0-9a-f]{5}"));
        assertEquals("alice", data.pages().find("CDP", "Accueil").orElseThrow().lastModifier(),
                "what they wrote keeps its author's key");

        ConfluenceUser byKey = new HostUserAccessor(data.users()).getUserByKey(new UserKey("alice"));
        assertEquals(List.of("alice", "alice", User.removedAlias("alice")),
                List.of(byKey.getKey().getStringValue(), byKey.getName(), byKey.getFullName()),
                "Confluence's deleted user: name = key, full name = alias");
        assertFalse(new HostPermissionManager(data.permissions(), data.users())
                .hasPermission(byKey, Permission.VIEW, PermissionManager.TARGET_APPLICATION));
    }

    @Test
    void a_failing_listener_is_logged_and_the_user_is_removed_all_the_same() {
        failing = true;

        assertEquals(HostUserRemoval.Outcome.REMOVED, removal.remove(ADMIN, "alice"));

        assertEquals(1, seen.size());
        assertTrue(data.users().find("alice").isEmpty());
        assertEquals("yes", settings.get("forgotten.alice").orElseThrow());
    }

    @Test
    void the_event_and_the_removal_share_one_transaction_and_roll_back_together() {
        assertThrows(IllegalStateException.class, () -> database.transactions().execute(Propagation.REQUIRED, false,
                connection -> {
                    removal.remove(ADMIN, "alice");
                    throw new IllegalStateException("the request failed after the removal");
                }));

        assertEquals(1, seen.size());
        assertTrue(data.users().find("alice").isPresent(), "still a user");
        assertTrue(data.users().passwordHash("alice").isPresent());
        assertEquals(List.of("cdp-members"), data.users().groups("alice"));
        assertTrue(data.spaces().granted("CDP", SpacePermission.VIEW, "alice", List.of()));
        assertTrue(settings.get("forgotten.alice").isEmpty(), "what the listener wrote is rolled back with it");
    }

    @Test
    void only_a_confluence_administrator_removes_and_nobody_removes_themselves() {
        assertEquals(HostUserRemoval.Outcome.NOT_PERMITTED, removal.remove(ALICE, "admin"));
        assertEquals(HostUserRemoval.Outcome.REMOVING_YOURSELF, removal.remove(ADMIN, "admin"));
        assertEquals(HostUserRemoval.Outcome.REMOVING_YOURSELF, removal.remove(ALICE, "alice"));

        assertEquals(List.of(), seen);
        assertTrue(data.users().find("admin").isPresent());
        assertTrue(data.users().find("alice").isPresent());
        assertEquals(HostUserRemoval.Outcome.REMOVED, removal.remove(OTHER_ADMIN, "admin"),
                "a system administrator removes another one");
    }

    @Test
    void an_unknown_or_already_removed_user_is_not_found_and_nothing_is_published() {
        assertEquals(HostUserRemoval.Outcome.NO_SUCH_USER, removal.remove(ADMIN, "nobody"));
        removal.remove(ADMIN, "ALICE");
        assertEquals(1, seen.size(), "names are case-insensitive, as Confluence's");

        assertEquals(HostUserRemoval.Outcome.NO_SUCH_USER, removal.remove(ADMIN, "alice"));
        assertEquals(1, seen.size());
    }

    @Test
    void an_unknown_key_is_still_null_for_the_user_accessor() {
        assertNull(new HostUserAccessor(data.users()).getUserByKey(new UserKey("nobody")));
    }
}
