package org.coplaunchpad.standalone.data;

/** A space: key, name and its home page (the first top-level page when none is set). */
public record Space(long id, String key, String name, Long homePageId) {
}
