package org.coplaunchpad.checklist;

import org.coplaunchpad.answers.Answer;

/** One tickable readiness item as the checklist template shows it. Immutable. */
public final class ChecklistItemView {
    private final String key;
    private final String label;
    private final Answer answer;
    private final String statusText;
    private final String answeredAtIso;
    private final String inputId;

    ChecklistItemView(String key, String label, Answer answer, String statusText, String answeredAtIso, String inputId) {
        this.key = key;
        this.inputId = inputId;
        this.label = label;
        this.answer = answer;
        this.statusText = statusText;
        this.answeredAtIso = answeredAtIso;
    }

    /** The catalog key: the checkbox's {@code data-item}, a stable contract for scripts and tests. */
    public String getKey() {
        return key;
    }

    /** Unique on the page, even with several checklists: ties the label and the status text to the checkbox. */
    public String getInputId() {
        return inputId;
    }

    public String getLabel() {
        return label;
    }

    public boolean isChecked() {
        return answer == Answer.YES;
    }

    public boolean isAnswered() {
        return answer.isGiven();
    }

    /** "2 of 3 members agree" (personal) or "Ticked by Bruno Martin, 27 Nov 2026, 12:00" (shared); may be empty. */
    public String getStatusText() {
        return statusText;
    }

    /** When the shared answer was given (ISO-8601), for a machine-readable {@code <time>}; empty otherwise. */
    public String getAnsweredAtIso() {
        return answeredAtIso;
    }

    public boolean hasAnsweredAt() {
        return !answeredAtIso.isEmpty();
    }

    /** ☑ or ☐, for exports and e-mail where there is no checkbox. */
    public String getMark() {
        return isChecked() ? "\u2611" : "\u2610";
    }
}
