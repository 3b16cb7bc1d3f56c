package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/** confluence-api.md §2.7 SpaceContentEntityObject (abstract class extends ContentEntityObject); VERIFIED.md §6. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {
    protected SpaceContentEntityObject() {
    }

    public Space getSpace() {
        throw declarationOnly();
    }

    public String getSpaceKey() {
        throw declarationOnly();
    }
}
