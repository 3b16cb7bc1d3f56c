package org.coplaunchpad.standalone.data;

import java.util.Locale;

/** A Confluence user as the host keeps it. The key is the username, lower case (as Confluence's user key maps it). */
public record User(String username, String fullName, String email, Locale locale, boolean confluenceAdministrator) {
}
