package com.atlassian.confluence.plugin.descriptor.web.conditions;

import org.coplaunchpad.standalone.hosting.web.WebItemCondition;

/** Confluence's UserLoggedInCondition: someone is logged in. */
public final class UserLoggedInCondition implements WebItemCondition {
    @Override
    public boolean shouldDisplay(Subject subject) {
        return subject.user().isPresent();
    }
}
