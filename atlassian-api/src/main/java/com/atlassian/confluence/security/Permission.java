package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * confluence-api.md §2.8 Permission and VERIFIED.md §4: an abstract class whose permissions are static final
 * instances (read with getstatic, so the real instances are used at runtime). Only the ones the app uses.
 */
public abstract class Permission implements Serializable {
    public static final Permission VIEW = new Permission("VIEW") { };
    public static final Permission EDIT = new Permission("EDIT") { };
    public static final Permission ADMINISTER = new Permission("ADMINISTER") { };

    private final String name;

    private Permission(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
