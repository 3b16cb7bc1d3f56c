package com.atlassian.confluence.plugin.descriptor.web.conditions;

import org.coplaunchpad.standalone.hosting.web.WebItemCondition;

/** Confluence's HasSpaceCondition: the page shows a space. */
public final class HasSpaceCondition implements WebItemCondition {
    @Override
    public boolean shouldDisplay(Subject subject) {
        return subject.space().isPresent();
    }
}
