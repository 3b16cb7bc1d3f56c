package org.coplaunchpad.standalone.site.view;

/**
 * Confirming that a user is to be deleted ({@code remove-user.vm}): the form posts {@code username} and the
 * session's {@code atl_token} to {@code action}; {@code cancelHref} goes back to the users.
 */
public record RemoveUserView(String action, String token, String username, String fullName, String cancelHref) {
}
