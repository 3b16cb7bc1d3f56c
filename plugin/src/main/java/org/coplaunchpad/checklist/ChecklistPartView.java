package org.coplaunchpad.checklist;

import java.util.List;

/**
 * One of the seed's two headings over the checklist (« Les caractéristiques structurantes… » with its lead sentence,
 * « Maximiser les chances de succès… ») with the sections of it the checklist shows; never empty. Immutable.
 */
public final class ChecklistPartView {
    private final String key;
    private final String title;
    private final String lead;
    private final List<ChecklistSectionView> sections;

    ChecklistPartView(String key, String title, String lead, List<ChecklistSectionView> sections) {
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("A part without a section shown is not shown: " + key);
        }
        this.key = key;
        this.title = title;
        this.lead = lead;
        this.sections = List.copyOf(sections);
    }

    /** The catalog's part key ("fundamentals", "recommendations"): the part's {@code data-part}. */
    public String getKey() {
        return key;
    }

    /** The seed's heading. */
    public String getTitle() {
        return title;
    }

    /** The sentence under the heading (the fundamentals part only); empty when there is none. */
    public String getLead() {
        return lead;
    }

    public boolean hasLead() {
        return !lead.isEmpty();
    }

    public List<ChecklistSectionView> getSections() {
        return sections;
    }
}
