package org.coplaunchpad.checklist;

import java.util.List;
import java.util.Optional;

/**
 * A checklist macro's parameters once known to be valid: which checklist, how it is answered, which sections
 * it shows (all when the list is empty) and its optional title.
 */
public record ChecklistSettings(String checklist, ChecklistMode mode, List<String> sections, Optional<String> title) {
    public ChecklistSettings {
        sections = List.copyOf(sections);
    }

    /** Whether the macro shows this section, so whether its items may be answered through it. */
    public boolean shows(String sectionKey) {
        return sections.isEmpty() || sections.contains(sectionKey);
    }
}
