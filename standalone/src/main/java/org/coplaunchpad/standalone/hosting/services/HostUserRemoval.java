package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.event.events.user.UserRemoveEvent;
import com.atlassian.event.api.EventPublisher;
import java.util.Optional;
import org.coplaunchpad.aohost.HostTransactions;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.data.UserStore;

/**
 * Removing a user as Confluence does (confluence-8.7.2 DefaultUserAccessor.removeUser, a {@code @Transactional}
 * bean, and its UserRemover), in one transaction (the thread's, if one runs): the user leaves their groups and loses
 * their space permissions; then {@link UserRemoveEvent} is published with the user as a ConfluenceUser (key, name
 * and full name still theirs, the name still found), synchronously, so apps forget what they keep about the user
 * inside the same transaction; then the user becomes unusable ({@link UserStore#markRemoved}: no password, the name
 * no longer resolves, the key stays with an alias, so pages and versions keep their author). A listener's failure is
 * the publisher's to log and does not undo the removal, as in atlassian-event; a failure of the removal itself rolls
 * back what the listeners wrote in the transaction too.
 *
 * <p>Not imitated: Confluence runs it as a long-running task that first deactivates the user (UserDeactivateEvent),
 * and publishes UserRemoveCompletedEvent after the commit; the host has no deactivation, and neither event is
 * published.
 */
public final class HostUserRemoval {
    /** What became of a request to remove a user. */
    public enum Outcome {
        REMOVED,
        /** No active user has that name (never was, or already removed). */
        NO_SUCH_USER,
        /** The remover is not a Confluence administrator (or the target is a system administrator and they are not). */
        NOT_PERMITTED,
        /** Confluence refuses to remove the signed-in user themselves. */
        REMOVING_YOURSELF
    }

    private final UserStore users;
    private final SpaceStore spaces;
    private final Permissions permissions;
    private final EventPublisher events;
    private final HostTransactions transactions;

    public HostUserRemoval(UserStore users, SpaceStore spaces, Permissions permissions, EventPublisher events,
                           HostTransactions transactions) {
        this.users = users;
        this.spaces = spaces;
        this.permissions = permissions;
        this.events = events;
        this.transactions = transactions;
    }

    /** Removes the active user {@code username} on behalf of {@code remover}, if Confluence would let them. */
    public Outcome remove(User remover, String username) {
        return transactions.execute(HostTransactions.Propagation.REQUIRED, false, connection -> {
            Optional<User> target = users.find(username);
            if (target.isEmpty()) {
                return Outcome.NO_SUCH_USER;
            }
            if (!permissions.canRemoveUser(Optional.of(remover), target.get())) {
                return remover.username().equals(target.get().username()) ? Outcome.REMOVING_YOURSELF
                        : Outcome.NOT_PERMITTED;
            }
            String key = target.get().username();
            users.leaveAllGroups(key);
            spaces.revokeAllFromUser(key);
            events.publish(new UserRemoveEvent(this, HostConfluenceUser.of(target.get())));
            if (!users.markRemoved(key)) {
                throw new IllegalStateException("User " + key + " was removed by someone else meanwhile");
            }
            return Outcome.REMOVED;
        });
    }
}
