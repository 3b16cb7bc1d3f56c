package org.coplaunchpad.standalone.site.view;

import java.util.List;

/** A page's history ({@code page-history.vm}): every version, newest first. */
public record PageHistoryView(List<Row> versions) {
    public PageHistoryView {
        versions = List.copyOf(versions);
    }

    /**
     * @param href the page itself for the current version, the old version's view otherwise
     * @param author the full name of whoever saved it (the username when the user is gone)
     * @param date when it was saved, formatted for the visitor's language
     */
    public record Row(int version, String href, boolean current, String author, String date) {
    }
}
