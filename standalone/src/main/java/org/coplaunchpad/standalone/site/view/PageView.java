package org.coplaunchpad.standalone.site.view;

import java.util.List;

/**
 * A page as Confluence shows it ({@code page.vm}): the breadcrumbs (the space, then the page's ancestors), the
 * byline, then the page's storage format as the storage-format renderer turned it into view HTML.
 *
 * @param lastModifier the username of whoever saved this version
 */
public record PageView(List<Crumb> breadcrumbs, int version, String lastModifier, String bodyHtml) {
    public PageView {
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    public record Crumb(String href, String title) {
    }
}
