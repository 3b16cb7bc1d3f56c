package org.coplaunchpad.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a benefit list. Only the institution's potentials carry an explanation (the text after
 * the dash on the seed page).
 */
public record BenefitItem(String key, BenefitCategory category, String labelKey, Optional<String> explanationKey) {

    public BenefitItem {
        CatalogKey.require(key, "Benefit key");
        Objects.requireNonNull(category, "Benefit category must not be null");
        CatalogKey.requireText(labelKey, "Benefit label key");
        Objects.requireNonNull(explanationKey, "Benefit explanation key must be Optional.empty(), not null");
    }
}
