package org.coplaunchpad.standalone.site.view;

/**
 * The site's own error page ({@code error.vm}): a whole document, without the layout, which may need what failed.
 *
 * @param title the status and its reason phrase, "500 Server Error"
 * @param sentence what a person can do about it; empty when there is nothing to say
 */
public record ErrorPageView(String language, String title, String sentence) {
}
