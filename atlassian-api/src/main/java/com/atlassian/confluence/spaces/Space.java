package com.atlassian.confluence.spaces;

/**
 * confluence-api.md §2.7 Space and VERIFIED.md §6: a class (getId() flattened from EntityObject, rule 5).
 * The app never subclasses it; only the standalone host does.
 */
public class Space {
    public Space() {
    }

    public long getId() {
        throw declarationOnly();
    }

    public String getKey() {
        throw declarationOnly();
    }

    public String getName() {
        throw declarationOnly();
    }

    private static UnsupportedOperationException declarationOnly() {
        return new UnsupportedOperationException("A declaration of Confluence's API: the host provides the real class");
    }
}
