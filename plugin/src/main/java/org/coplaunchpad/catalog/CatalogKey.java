package org.coplaunchpad.catalog;

import java.util.Objects;
import java.util.regex.Pattern;

/** Validates catalog keys: they are stored in the database, so they must stay plain and predictable. */
final class CatalogKey {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CatalogKey() {
    }

    static String require(String key, String what) {
        Objects.requireNonNull(key, what + " must not be null");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException(what + " '" + key
                    + "' must be lowercase ASCII letters and digits separated by single dashes");
        }
        return key;
    }

    static String requireText(String value, String what) {
        Objects.requireNonNull(value, what + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
