package org.coplaunchpad.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the seed's two headings over the readiness checklist, with the sections it covers:
 * {@code fundamentals} (« Les caractéristiques structurantes… », with its lead sentence) over the three
 * fundamental conditions, and {@code recommendations} (« Maximiser les chances de succès… », no lead) over
 * the five recommendations. A part groups sections for display only; answers never name a part.
 */
public record ReadinessPart(String key, String titleKey, Optional<String> leadKey, boolean fundamental,
        List<ReadinessSection> sections) {

    public ReadinessPart {
        CatalogKey.require(key, "Readiness part key");
        CatalogKey.requireText(titleKey, "Readiness part title key");
        Objects.requireNonNull(leadKey, "Readiness part lead key must be Optional.empty(), not null");
        sections = List.copyOf(Objects.requireNonNull(sections, "Readiness part sections must not be null"));
        for (ReadinessSection section : sections) {
            if (section.fundamental() != fundamental) {
                throw new IllegalArgumentException("Readiness section '" + section.key()
                        + "' must share the fundamental flag of part '" + key + "'");
            }
        }
    }

    /** The part's items, section after section. */
    public List<ReadinessItem> items() {
        return sections.stream().flatMap(s -> s.items().stream()).toList();
    }
}
