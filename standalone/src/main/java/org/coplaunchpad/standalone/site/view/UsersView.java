package org.coplaunchpad.standalone.site.view;

import java.util.List;

/**
 * The site's users for a Confluence administrator ({@code users.vm}): each active user, with the link that deletes
 * them (none on the administrator's own row: Confluence refuses removing yourself).
 *
 * @param removed empty, or the sentence saying who was just deleted
 */
public record UsersView(List<Row> users, String removed) {
    public UsersView {
        users = List.copyOf(users);
    }

    /** @param removeHref the confirmation screen; empty for the signed-in administrator */
    public record Row(String username, String fullName, String email, String removeHref) {
    }
}
