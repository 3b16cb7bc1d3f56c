package com.atlassian.confluence.plugin.descriptor.web.conditions;

import org.coplaunchpad.standalone.hosting.web.WebItemCondition;

/** Confluence's SpaceSidebarCondition: the space uses the sidebar, which every space of the host does. */
public final class SpaceSidebarCondition implements WebItemCondition {
    @Override
    public boolean shouldDisplay(Subject subject) {
        return true;
    }
}
