package org.coplaunchpad.standalone.site;

import java.nio.file.Path;
import java.util.Optional;
import org.coplaunchpad.standalone.osgi.InstalledApp;
import org.coplaunchpad.standalone.render.StorageRenderer;
import org.coplaunchpad.standalone.services.HostSpaceRemoval;
import org.coplaunchpad.standalone.store.PageStore;
import org.coplaunchpad.standalone.store.Permissions;
import org.coplaunchpad.standalone.store.Settings;
import org.coplaunchpad.standalone.store.SpaceStore;
import org.coplaunchpad.standalone.store.UserStore;

/**
 * What the site's servlets share: the stores, the permission policy, space removal (which tells the app), the
 * installed app and its renderer, and the host's named settings (e.g. each space's blueprint index pages).
 */
public record SiteContext(UserStore users, SpaceStore spaces, PageStore pages, Permissions permissions,
                          HostSpaceRemoval spaceRemoval, InstalledApp app, StorageRenderer renderer,
                          Optional<Path> auiDirectory, Settings settings) {
    public static final String CONTEXT_PATH = "/confluence";
}
