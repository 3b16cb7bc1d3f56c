package org.coplaunchpad.standalone.site.view;

import java.util.List;

/**
 * A space's permissions ({@code space-permissions.vm}): who holds which permission, and the form that sets one
 * user's grants.
 *
 * @param saved empty, or the sentence saying whose permissions were just saved
 * @param error empty, or why the last submission was refused
 */
public record SpacePermissionsView(String action, String token, String spaceKey, List<Permission> permissions,
                                   List<Grants> grants, String saved, String error) {
    public SpacePermissionsView {
        permissions = List.copyOf(permissions);
        grants = List.copyOf(grants);
    }

    /** A column of the table and a checkbox of the form, sent as the request parameter {@code parameter}. */
    public record Permission(String parameter, String checkboxId, String label) {
    }

    /** One user's row: a cell per permission, in the columns' order. */
    public record Grants(String username, List<Cell> cells) {
        public Grants {
            cells = List.copyOf(cells);
        }
    }

    /** @param permission the permission's name, as Confluence's (VIEW, EDIT, ADMINISTER) */
    public record Cell(String permission, boolean granted) {
    }
}
