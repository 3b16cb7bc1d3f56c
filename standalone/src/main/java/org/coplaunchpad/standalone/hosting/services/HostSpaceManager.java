package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import org.coplaunchpad.standalone.data.SpaceStore;

/** SpaceManager: null for an unknown key, as Confluence's deprecated-but-present getSpace(String) does. */
public final class HostSpaceManager implements SpaceManager {
    private final SpaceStore spaces;

    public HostSpaceManager(SpaceStore spaces) {
        this.spaces = spaces;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaces.find(spaceKey).<Space>map(HostSpace::new).orElse(null);
    }
}
