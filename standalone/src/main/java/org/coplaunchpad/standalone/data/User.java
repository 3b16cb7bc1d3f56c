package org.coplaunchpad.standalone.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** A Confluence user as the host keeps it. The key is the username, lower case (as Confluence's user key maps it). */
public record User(String username, String fullName, String email, Locale locale, boolean confluenceAdministrator) {
    /**
     * The name a removed user is shown under, as Confluence's {@code DeletedUser} gives it: "user-" and the first five
     * hex digits of the SHA-256 of the user key (confluence-8.7.2 {@code DeletedUser.generateFullName}).
     */
    public static String removedAlias(String userKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(userKey.getBytes(StandardCharsets.UTF_8));
            return "user-" + HexFormat.of().formatHex(digest).substring(0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
