package org.coplaunchpad.catalog;

/**
 * Builds the catalog's i18n keys, so the key scheme is written down once. The scheme is documented in
 * the README; the properties files and the consistency tests depend on it.
 */
final class I18nKeys {

    static final String PREFIX = "cop-launchpad.catalog.";

    private I18nKeys() {
    }

    static String label(String itemKey) {
        return PREFIX + itemKey + ".label";
    }

    static String explanation(String itemKey) {
        return PREFIX + itemKey + ".explanation";
    }

    static String guidance(String itemKey) {
        return PREFIX + itemKey + ".guidance";
    }

    static String partTitle(String partKey) {
        return PREFIX + "part." + partKey + ".title";
    }

    static String partLead(String partKey) {
        return PREFIX + "part." + partKey + ".lead";
    }

    static String categoryTitle(String parameterValue) {
        return PREFIX + "category." + parameterValue + ".title";
    }

    static String sectionTitle(String sectionKey) {
        return PREFIX + "section." + sectionKey + ".title";
    }

    static String referenceTitle() {
        return PREFIX + "reference.title";
    }

    static String referenceCitation() {
        return PREFIX + "reference.citation";
    }
}
