package org.coplaunchpad.standalone.site.space;

import org.coplaunchpad.standalone.hosting.render.StorageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.services.HostPageLifecycle;

/**
 * Creating a space as Confluence does: a key of letters and digits (stored upper case), a name, the creator granted
 * every space permission, and a home page titled with the space's name. Who may create is the caller's check.
 */
public final class SpaceCreation {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{1,50}");

    /** Why a space cannot be created, as a message key of the create-space screen and a text for scripts. */
    public static final class Refused extends RuntimeException {
        private final String reason;

        Refused(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** "space.key.invalid", "space.key.taken" or "space.name.required". */
        public String reason() {
            return reason;
        }
    }

    private final SpaceStore spaces;
    private final HostPageLifecycle pages;

    /** The home page is published as Confluence's InitialSpaceContentListener does it: with a PageCreateEvent. */
    public SpaceCreation(SpaceStore spaces, HostPageLifecycle pages) {
        this.spaces = spaces;
        this.pages = pages;
    }

    public Space create(String key, String name, User creator) {
        String spaceKey = key == null ? "" : key.trim().toUpperCase(Locale.ROOT);
        String spaceName = name == null ? "" : name.trim();
        if (!KEY.matcher(spaceKey).matches()) {
            throw new Refused("space.key.invalid", "A space key is 1 to 50 letters or digits, got '" + spaceKey + "'");
        }
        if (spaceName.isEmpty() || spaceName.length() > 200) {
            throw new Refused("space.name.required", "A space needs a name of 1 to 200 characters");
        }
        if (spaces.find(spaceKey).isPresent()) {
            throw new Refused("space.key.taken", "A space with key " + spaceKey + " already exists");
        }
        spaces.create(spaceKey, spaceName);
        for (SpacePermission permission : SpacePermission.values()) {
            spaces.grantToUser(spaceKey, permission, creator.username());
        }
        Page home = pages.create(spaceKey, null, spaceName, StorageFormat.EMPTY_PAGE, creator.username());
        spaces.setHomePage(spaceKey, home.id());
        return spaces.find(spaceKey).orElseThrow();
    }

    public Optional<Space> find(String key) {
        return spaces.find(key);
    }
}
