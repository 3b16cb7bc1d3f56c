package org.coplaunchpad.answers;

import java.util.List;

/**
 * What one checklist macro stored on a page says, as the registry keeps it: the checklist's name, its mode's
 * parameter value, its section keys (empty: every section), its {@code reveal} parameter value and whether it is
 * confidential.
 */
public record PageChecklist(String checklist, String mode, List<String> sections, String reveal, boolean confidential) {
    /** The macro's default reveal: members see the others' answers once they answered. */
    public static final String DEFAULT_REVEAL = "after-answer";

    public PageChecklist {
        sections = List.copyOf(sections);
        reveal = reveal == null || reveal.isBlank() ? DEFAULT_REVEAL : reveal;
    }

    /** A macro with the default reveal, not confidential. */
    public PageChecklist(String checklist, String mode, List<String> sections) {
        this(checklist, mode, sections, DEFAULT_REVEAL, false);
    }
}
