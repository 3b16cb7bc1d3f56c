package org.coplaunchpad.standalone.site.view;

import java.util.List;

/** The dashboard's space directory ({@code space-directory.vm}): the spaces the visitor may view, or a sentence. */
public record SpaceDirectoryView(List<Entry> spaces) {
    public SpaceDirectoryView {
        spaces = List.copyOf(spaces);
    }

    public record Entry(String href, String name, String key) {
    }
}
