package org.coplaunchpad.standalone.data;

/** Space permission types, with Confluence's stored names (confluence-api.md §2.8 SpacePermission). */
public enum SpacePermission {
    VIEW("VIEWSPACE"),
    EDIT("EDITSPACE"),
    ADMINISTER("SETSPACEPERMISSIONS");

    private final String storedName;

    SpacePermission(String storedName) {
        this.storedName = storedName;
    }

    public String storedName() {
        return storedName;
    }
}
