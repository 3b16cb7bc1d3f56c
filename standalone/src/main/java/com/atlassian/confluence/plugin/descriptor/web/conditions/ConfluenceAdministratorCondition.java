package com.atlassian.confluence.plugin.descriptor.web.conditions;

import org.coplaunchpad.standalone.hosting.web.WebItemCondition;

/** Confluence's ConfluenceAdministratorCondition: the user is a Confluence administrator. */
public final class ConfluenceAdministratorCondition implements WebItemCondition {
    @Override
    public boolean shouldDisplay(Subject subject) {
        return subject.permissions().isConfluenceAdministrator(subject.user());
    }
}
