package org.coplaunchpad.access;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking: a signed-in user (by user key) or an anonymous visitor. A value of one request, compared by its user
 * key; AccessPolicy says what it may do.
 * <p>
 * Once the guard has let a member through, the viewer also carries the Confluence user its key named at that moment
 * ({@link AccessPolicy#lookedUp}), so that every later check of the same request asks Confluence for the user once
 * rather than once per check (three times per answer).
 */
public final class Viewer {
    private static final Viewer ANONYMOUS = new Viewer(Optional.empty(), false, null);

    private final Optional<String> userKey;
    private final boolean lookedUp;
    /** When looked up: the user Confluence knew by that key, null once Confluence removed them. */
    private final ConfluenceUser user;

    private Viewer(Optional<String> userKey, boolean lookedUp, ConfluenceUser user) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
        this.lookedUp = lookedUp;
        this.user = user;
    }

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public static Viewer user(String userKey) {
        return new Viewer(Optional.of(userKey), false, null);
    }

    /** The viewer of that key with the user Confluence gave for it (null: none). AccessPolicy makes these. */
    static Viewer lookedUp(String userKey, ConfluenceUser user) {
        return new Viewer(Optional.of(userKey), true, user);
    }

    public Optional<String> userKey() {
        return userKey;
    }

    public boolean isAnonymous() {
        return userKey.isEmpty();
    }

    /** The user key of a signed-in viewer; only call it once the guard has let a member through. */
    public String key() {
        return userKey.orElseThrow(() -> new IllegalStateException("An anonymous viewer has no user key"));
    }

    boolean isLookedUp() {
        return lookedUp;
    }

    /** The user looked up with the viewer; only meaningful when {@link #isLookedUp()}. */
    Optional<ConfluenceUser> lookedUpUser() {
        return Optional.ofNullable(user);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Viewer viewer && viewer.userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }

    @Override
    public String toString() {
        return "Viewer[userKey=" + userKey + "]";
    }
}
