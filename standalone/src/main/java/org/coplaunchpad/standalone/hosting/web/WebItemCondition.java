package org.coplaunchpad.standalone.hosting.web;

import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;

/**
 * What the host's implementations of Confluence's web-item conditions do (the classes named in
 * {@code <condition class="…">}, in com.atlassian.confluence.plugin.descriptor.web.conditions): configured once
 * from the descriptor's params, then asked for each page. A shape of the host's own, like Confluence's
 * {@code Condition.init/shouldDisplay}, but typed.
 */
public interface WebItemCondition {
    /** Who looks at which space; the permissions decide as everywhere else on the site. */
    record Subject(Optional<User> user, Optional<Space> space, Permissions permissions) {
    }

    /** @throws IllegalArgumentException when a param is missing or wrong; the message says which */
    default void init(Map<String, String> params) {
    }

    boolean shouldDisplay(Subject subject);
}
