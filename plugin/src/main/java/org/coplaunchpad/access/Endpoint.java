package org.coplaunchpad.access;

import java.util.Set;

/**
 * What an endpoint needs before its handler runs, as it declares it: how it answers (JSON or a page), the methods
 * it accepts, the permission, whether it sits behind WebSudo, and the prefix of its texts. The guard reads the
 * texts {@code <prefix>login} (JSON), {@code token}, {@code method}, {@code forbidden} and {@code unavailable}; pages
 * also {@code title}, and with {@link Permission#SPACE_ADMINISTRATOR} {@code space-key} and {@code no-space}.
 */
public record Endpoint(Kind kind, Set<String> methods, Permission permission, boolean webSudo, String textPrefix) {
    public enum Kind {
        /** Answers JSON: 401 for anonymous callers, errors as {"status", "field", "message"}. */
        JSON,
        /** Answers HTML pages: anonymous visitors go to the login page, errors are AUI error pages. */
        PAGE
    }

    public Endpoint {
        methods = Set.copyOf(methods);
    }

    public static Endpoint json(Permission permission, String textPrefix, String... methods) {
        return new Endpoint(Kind.JSON, Set.of(methods), permission, false, textPrefix);
    }

    public static Endpoint page(Permission permission, String textPrefix, String... methods) {
        return new Endpoint(Kind.PAGE, Set.of(methods), permission, false, textPrefix);
    }

    /** The same endpoint behind WebSudo (the administrator confirms their password first). */
    public Endpoint behindWebSudo() {
        return new Endpoint(kind, methods, permission, true, textPrefix);
    }

    String text(String name) {
        return textPrefix + name;
    }
}
