package org.coplaunchpad.standalone.data;

import java.time.Instant;

/** A page in storage format (XHTML with ac:/ri: elements), with its place in the space's tree. */
public record Page(long id, String spaceKey, Long parentId, String title, String body, int version,
                   String lastModifier, Instant lastModified, Status status) {
    /** Confluence's content status as the host keeps it: a page is current, or in its space's trash. */
    public enum Status {
        CURRENT("current"),
        TRASHED("trashed");

        private final String stored;

        Status(String stored) {
            this.stored = stored;
        }

        /** The value in HOST_PAGES.STATUS, which is also the REST API's {@code status}. */
        public String stored() {
            return stored;
        }

        static Status ofStored(String stored) {
            for (Status status : values()) {
                if (status.stored.equals(stored)) {
                    return status;
                }
            }
            throw new IllegalStateException("Unknown page status in HOST_PAGES: " + stored);
        }
    }

    public boolean current() {
        return status == Status.CURRENT;
    }
}
