package org.coplaunchpad.catalog;

/**
 * One statement of the readiness checklist. {@code fundamental} repeats its section's flag so
 * that callers holding only an item (an answer row, a chart bar) need not look the section up.
 * Every item has a guidance text too ({@link #guidanceKey()}); its key follows from the item key.
 */
public record ReadinessItem(String key, String sectionKey, String labelKey, boolean fundamental) {

    public ReadinessItem {
        CatalogKey.require(key, "Readiness item key");
        CatalogKey.require(sectionKey, "Readiness section key");
        CatalogKey.requireText(labelKey, "Readiness item label key");
    }

    /**
     * The i18n key of the item's guidance: one or two sentences on what the statement means and what
     * would show it is in place, for the checklist to show on demand under the item.
     */
    public String guidanceKey() {
        return I18nKeys.guidance(key);
    }
}
