package org.coplaunchpad.standalone.site.view;

/**
 * The password form that starts a secure administrator session ({@code websudo.vm}).
 *
 * @param failed the last attempt was refused
 * @param destination where to go once confirmed, context-relative, may be empty
 */
public record WebSudoView(boolean failed, String token, String destination) {
}
