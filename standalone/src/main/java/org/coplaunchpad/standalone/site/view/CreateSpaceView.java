package org.coplaunchpad.standalone.site.view;

/**
 * Confluence's Create space form ({@code create-space.vm}).
 *
 * @param error empty, or why the last submission was refused (the form then keeps the name and key)
 */
public record CreateSpaceView(String action, String token, String name, String key, String error) {
}
