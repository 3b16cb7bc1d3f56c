package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.spaces.Space;

/** Confluence's Space class as the host provides it: a view of a stored space. */
final class HostSpace extends Space {
    private final org.coplaunchpad.standalone.data.Space space;

    HostSpace(org.coplaunchpad.standalone.data.Space space) {
        this.space = space;
    }

    @Override
    public long getId() {
        return space.id();
    }

    @Override
    public String getKey() {
        return space.key();
    }

    @Override
    public String getName() {
        return space.name();
    }
}
