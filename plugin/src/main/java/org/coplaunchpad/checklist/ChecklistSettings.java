package org.coplaunchpad.checklist;

import java.util.List;
import org.coplaunchpad.answers.RegisteredPage;
import java.util.Optional;

/**
 * A checklist macro's parameters once known to be valid: which checklist, how it is answered, which sections
 * it shows (all when the list is empty), its optional title, when members see the others' answers (personal
 * mode) and whether it is confidential (personal mode: nobody ever sees who answered what).
 */
public record ChecklistSettings(String checklist, ChecklistMode mode, List<String> sections, Optional<String> title,
                                ChecklistReveal reveal, boolean confidential) {
    public ChecklistSettings {
        sections = List.copyOf(sections);
        if (confidential && mode == ChecklistMode.SHARED) {
            throw new IllegalArgumentException("A shared checklist cannot be confidential");
        }
    }

    /** The macro's defaults for the rest: the others' answers after one's own, not confidential. */
    public ChecklistSettings(String checklist, ChecklistMode mode, List<String> sections, Optional<String> title) {
        this(checklist, mode, sections, title, ChecklistReveal.AFTER_ANSWER, false);
    }

    /**
     * These settings with the checklist's candour as all its registered pages give it: after-answer and
     * confidential win when pages disagree, so that a page which forgot them reveals nothing another page hides.
     * The one place the rule is applied to a page's settings (the registry's view is RegisteredChecklist's).
     */
    public ChecklistSettings withCandourOf(List<RegisteredPage> registered) {
        if (mode != ChecklistMode.PERSONAL) {
            return this;
        }
        boolean anyConfidential = confidential || registered.stream().anyMatch(row -> row.settings().confidential());
        boolean afterAnswer = reveal == ChecklistReveal.AFTER_ANSWER || registered.stream()
                .anyMatch(row -> !ChecklistReveal.ALWAYS.parameterValue().equals(row.settings().reveal()));
        return new ChecklistSettings(checklist, mode, sections, title,
                afterAnswer ? ChecklistReveal.AFTER_ANSWER : ChecklistReveal.ALWAYS, anyConfidential);
    }

    /** Whether a member must answer an item before seeing how the others answered it. */
    public boolean blind() {
        return mode == ChecklistMode.PERSONAL && reveal == ChecklistReveal.AFTER_ANSWER;
    }

    /** Whether the macro shows this section, so whether its items may be answered through it. */
    public boolean shows(String sectionKey) {
        return sections.isEmpty() || sections.contains(sectionKey);
    }
}
