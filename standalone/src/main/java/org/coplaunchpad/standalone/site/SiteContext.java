package org.coplaunchpad.standalone.site;

import java.nio.file.Path;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.HostPaths;
import org.coplaunchpad.standalone.hosting.osgi.InstalledApp;
import org.coplaunchpad.standalone.hosting.render.StorageRenderer;
import org.coplaunchpad.standalone.hosting.services.HostPageLifecycle;
import org.coplaunchpad.standalone.hosting.services.HostSpaceRemoval;
import org.coplaunchpad.standalone.hosting.services.HostUserRemoval;
import org.coplaunchpad.standalone.data.PageStore;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.UserStore;

/**
 * What the site's servlets share: the stores (pages are read from the store and changed through the lifecycle,
 * which publishes Confluence's page events), the permission policy, space and user removal (which tell the app), the
 * installed app and its renderer, and the host's named settings (e.g. each space's blueprint index pages).
 */
public record SiteContext(UserStore users, SpaceStore spaces, PageStore pages, HostPageLifecycle lifecycle,
                          Permissions permissions, HostSpaceRemoval spaceRemoval, HostUserRemoval userRemoval,
                          InstalledApp app, StorageRenderer renderer,
                          Optional<Path> auiDirectory, Settings settings) {
    public static final String CONTEXT_PATH = HostPaths.CONTEXT_PATH;
}
