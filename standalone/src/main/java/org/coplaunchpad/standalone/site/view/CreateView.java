package org.coplaunchpad.standalone.site.view;

import java.util.List;

/**
 * Confluence's Create dialog as a page ({@code create.vm}): a blank page or one of the app's blueprints, and the
 * title of a blank page.
 *
 * @param parentPageId where a blank page goes, empty for the space's home page
 * @param error empty, or why the last submission was refused (the form then keeps the user's choice and title)
 */
public record CreateView(String action, String token, String spaceKey, String parentPageId, List<Choice> choices,
                         String title, String error) {
    public CreateView {
        choices = List.copyOf(choices);
    }

    /** One thing to create: {@code value} is the blueprintKey sent; {@code iconHref} empty when it has no icon. */
    public record Choice(String id, String value, String iconHref, String name, String description, boolean checked) {
    }
}
