package org.coplaunchpad.catalog;

import java.util.List;
import java.util.Objects;

/** A group of readiness items under one heading; the list is an immutable copy. */
public record ReadinessSection(String key, String titleKey, boolean fundamental, List<ReadinessItem> items) {

    public ReadinessSection {
        CatalogKey.require(key, "Readiness section key");
        CatalogKey.requireText(titleKey, "Readiness section title key");
        items = List.copyOf(Objects.requireNonNull(items, "Readiness section items must not be null"));
        for (ReadinessItem item : items) {
            if (!item.sectionKey().equals(key) || item.fundamental() != fundamental) {
                throw new IllegalArgumentException("Readiness item '" + item.key()
                        + "' must name section '" + key + "' and share its fundamental flag");
            }
        }
    }
}
