package org.coplaunchpad.standalone.data;

import java.time.Instant;

/** A page in storage format (XHTML with ac:/ri: elements), with its place in the space's tree. */
public record Page(long id, String spaceKey, Long parentId, String title, String body, int version,
                   String lastModifier, Instant lastModified) {
}
