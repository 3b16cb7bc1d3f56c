package org.coplaunchpad.standalone.hosting.services;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.coplaunchpad.standalone.data.User;

/**
 * Who is asking and what the page being built needs, for the duration of one request on one thread, as
 * Confluence's AuthenticatedUserThreadLocal and request-scoped PageBuilderService do. Set by the site's
 * filter and cleared after the response.
 */
public final class CurrentRequest {
    private static final ThreadLocal<CurrentRequest> CURRENT = new ThreadLocal<>();

    private final Optional<User> user;
    private final Locale locale;
    private final RequiredWebResources webResources = new RequiredWebResources();

    public CurrentRequest(Optional<User> user, Locale locale) {
        this.user = user;
        this.locale = locale;
    }

    public static Optional<CurrentRequest> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static <T> T with(CurrentRequest request, Supplier<T> action) {
        CurrentRequest previous = CURRENT.get();
        CURRENT.set(request);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public Optional<User> user() {
        return user;
    }

    public Locale locale() {
        return locale;
    }

    public RequiredWebResources webResources() {
        return webResources;
    }
}
