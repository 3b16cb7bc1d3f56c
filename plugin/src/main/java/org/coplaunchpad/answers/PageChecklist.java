package org.coplaunchpad.answers;

import java.util.List;

/**
 * What one checklist macro stored on a page says, as the registry keeps it: the checklist's name, its mode's
 * parameter value and its section keys (empty: every section).
 */
public record PageChecklist(String checklist, String mode, List<String> sections) {
    public PageChecklist {
        sections = List.copyOf(sections);
    }
}
