package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** confluence-api.md §2.7 AbstractPage (abstract class extends SpaceContentEntityObject); VERIFIED.md §6. */
public abstract class AbstractPage extends SpaceContentEntityObject {
    protected AbstractPage() {
    }
}
