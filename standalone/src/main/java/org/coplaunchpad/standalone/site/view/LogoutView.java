package org.coplaunchpad.standalone.site.view;

/** Confluence's "Log out?" confirmation ({@code logout.vm}), for a GET or a POST without a valid atl_token. */
public record LogoutView(String token) {
}
