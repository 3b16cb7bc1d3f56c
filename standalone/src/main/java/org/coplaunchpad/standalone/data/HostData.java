package org.coplaunchpad.standalone.data;

/** The host's stores on one database, and the permission policy over them. */
public record HostData(Database database, UserStore users, SpaceStore spaces, PageStore pages, Permissions permissions) {
    public static HostData on(Database database) {
        UserStore users = new UserStore(database);
        SpaceStore spaces = new SpaceStore(database);
        return new HostData(database, users, spaces, new PageStore(database), new Permissions(spaces, users));
    }
}
