package org.coplaunchpad.standalone.site.view;

/** An earlier version of a page ({@code page-version.vm}): a banner saying which one, then its rendered body. */
public record PageVersionView(int version, int currentVersion, String bodyHtml) {
}
