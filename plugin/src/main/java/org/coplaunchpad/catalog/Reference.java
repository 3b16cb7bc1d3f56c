package org.coplaunchpad.catalog;

/** The seed's "further reading" link: its heading and the citation of the CEFRIO 2005 source. */
public record Reference(String titleKey, String citationKey) {

    public Reference {
        CatalogKey.requireText(titleKey, "Reference title key");
        CatalogKey.requireText(citationKey, "Reference citation key");
    }
}
