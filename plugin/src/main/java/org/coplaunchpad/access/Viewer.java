package org.coplaunchpad.access;

import java.util.Objects;
import java.util.Optional;

/** Who is asking: a signed-in user (by user key) or an anonymous visitor. A value; AccessPolicy says what it may do. */
public record Viewer(Optional<String> userKey) {
    private static final Viewer ANONYMOUS = new Viewer(Optional.empty());

    public Viewer {
        Objects.requireNonNull(userKey, "userKey");
    }

    public static Viewer anonymous() {
        return ANONYMOUS;
    }

    public static Viewer user(String userKey) {
        return new Viewer(Optional.of(userKey));
    }

    public boolean isAnonymous() {
        return userKey.isEmpty();
    }

    /** The user key of a signed-in viewer; only call it once the guard has let a member through. */
    public String key() {
        return userKey.orElseThrow(() -> new IllegalStateException("An anonymous viewer has no user key"));
    }
}
