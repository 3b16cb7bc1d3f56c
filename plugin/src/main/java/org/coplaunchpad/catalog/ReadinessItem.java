package org.coplaunchpad.catalog;

/**
 * One tickable statement of the readiness checklist. {@code fundamental} repeats its section's flag so
 * that callers holding only an item (an answer row, a chart bar) need not look the section up.
 */
public record ReadinessItem(String key, String sectionKey, String labelKey, boolean fundamental) {

    public ReadinessItem {
        CatalogKey.require(key, "Readiness item key");
        CatalogKey.require(sectionKey, "Readiness section key");
        CatalogKey.requireText(labelKey, "Readiness item label key");
    }
}
