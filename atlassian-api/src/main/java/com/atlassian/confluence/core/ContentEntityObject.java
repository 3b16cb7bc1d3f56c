package com.atlassian.confluence.core;

/**
 * confluence-api.md §2.7 ContentEntityObject and VERIFIED.md §6: an abstract class; isCurrent/isDraft: VERIFIED.md
 * "Page events (issue 12)". getId() is declared here
 * although the real one sits in EntityObject further up (a flattening allowed for calls, reference rule 5).
 * The app never subclasses it; only the standalone host does, overriding every method.
 */
public abstract class ContentEntityObject {
    protected ContentEntityObject() {
    }

    public long getId() {
        throw declarationOnly();
    }

    public String getTitle() {
        throw declarationOnly();
    }

    /** A copy of the current body, never null (an empty one for content without a body). */
    public BodyContent getBodyContent() {
        throw declarationOnly();
    }

    /** Whether this is the current version of published content (not trashed, not a draft, not an old version). */
    public boolean isCurrent() {
        throw declarationOnly();
    }

    /** Whether this is an unpublished draft: removing one publishes a PageRemoveEvent too (VERIFIED.md, issue 12). */
    public boolean isDraft() {
        throw declarationOnly();
    }

    static UnsupportedOperationException declarationOnly() {
        return new UnsupportedOperationException("A declaration of Confluence's API: the host provides the real class");
    }
}
