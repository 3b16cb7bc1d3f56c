package org.coplaunchpad.standalone.site.view;

/**
 * Confluence's login form ({@code login.vm}).
 *
 * @param failed the last attempt was refused: the form says so and keeps the username
 * @param destination where to go after logging in (os_destination), context-relative, may be empty
 */
public record LoginView(boolean failed, String username, String destination) {
}
