package org.coplaunchpad.standalone.store.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Confluence's AO table prefix for an {@code <ao namespace>}: "AO_" + the last 6 hex digits of MD5(namespace),
 * upper case, + "_" (confluence-api.md §6). So the app's tables have the names they will have in Confluence.
 */
public final class AoTablePrefix {
    private AoTablePrefix() {
    }

    public static String of(String namespace) {
        try {
            String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(namespace.getBytes(StandardCharsets.UTF_8)));
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }
}
