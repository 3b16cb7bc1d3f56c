package org.coplaunchpad.access;

/** The permission an endpoint declares; the guard asks {@link AccessPolicy} for it before the endpoint runs. */
public enum Permission {
    /** Any signed-in member Confluence still knows; finer rules (may they answer this page?) follow in the service. */
    MEMBER,
    /** An administrator of the space named by the request's {@code spaceKey} parameter, or a Confluence administrator. */
    SPACE_ADMINISTRATOR,
    CONFLUENCE_ADMINISTRATOR
}
