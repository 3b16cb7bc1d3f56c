package org.coplaunchpad.checklist;

import java.util.List;

/** One readiness item as the checklist shows it: its four answers, the viewer's (or the team's) reason, its status. Immutable. */
public final class ChecklistItemView {
    private final String key;
    private final String label;
    private final String guidance;
    private final String inputId;
    private final List<ChecklistOptionView> options;
    private final String answer;
    private final String answerText;
    private final String reason;
    private final String statusText;
    private final String hintText;
    private final String answeredAtIso;

    private ChecklistItemView(Builder builder) {
        this.key = builder.key;
        this.label = builder.label;
        this.guidance = builder.guidance;
        this.inputId = builder.inputId;
        this.options = List.copyOf(builder.options);
        this.answer = builder.answer;
        this.answerText = builder.answerText;
        this.reason = builder.reason;
        this.statusText = builder.statusText;
        this.hintText = builder.hintText;
        this.answeredAtIso = builder.answeredAtIso;
    }

    /** The catalog key: each radio's {@code data-item}, a stable contract for scripts and tests. */
    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    /** What the statement means and what would show it is in place: shown on demand under the item. */
    public String getGuidance() {
        return guidance;
    }

    /**
     * Unique on the page, even with several checklists, and short (the checklist's id prefix and the item's number,
     * "c1k3x9-4": it is written some twenty times per item): the radios' {@code name}, and the stem of the ids that
     * tie the group's label, its status, its guidance and its reason together.
     */
    public String getInputId() {
        return inputId;
    }

    /** Yes, partly, no, I don't know: always four, in that order. */
    public List<ChecklistOptionView> getOptions() {
        return options;
    }

    /** The answer shown ("yes", "partly", "no", "unknown"), or "none" before any. */
    public String getAnswer() {
        return answer;
    }

    public boolean isAnswered() {
        return !"none".equals(answer);
    }

    /** « Oui », "Partly", "No answer"…: the answer as text, for exports and e-mail where there is no radio. */
    public String getAnswerText() {
        return answerText;
    }

    /** The reason given with the answer, as typed (plain text); empty when there is none. */
    public String getReason() {
        return reason;
    }

    public boolean hasReason() {
        return !reason.isEmpty();
    }

    /** « Au tour précédent : Oui »: the member's own answer of the last closed round, a hint, never an answer. */
    public String getHintText() {
        return hintText;
    }

    public boolean hasHint() {
        return !hintText.isEmpty();
    }

    /** The answers of the members (personal) or who gave the team's answer and when (shared); may be empty. */
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

    /** Collects an item's values; {@link ChecklistViews} fills it. */
    static final class Builder {
        private final String key;
        private final String label;
        private final String inputId;
        private String guidance = "";
        private List<ChecklistOptionView> options = List.of();
        private String answer = "none";
        private String answerText = "";
        private String reason = "";
        private String statusText = "";
        private String hintText = "";
        private String answeredAtIso = "";

        Builder(String key, String label, String inputId) {
            this.key = key;
            this.label = label;
            this.inputId = inputId;
        }

        Builder guidance(String value) { guidance = value; return this; }
        Builder options(List<ChecklistOptionView> value) { options = value; return this; }
        Builder answer(String value, String text) { answer = value; answerText = text; return this; }
        Builder reason(String value) { reason = value; return this; }
        Builder status(String value) { statusText = value; return this; }
        Builder hint(String value) { hintText = value; return this; }
        Builder answeredAtIso(String value) { answeredAtIso = value; return this; }

        ChecklistItemView build() {
            return new ChecklistItemView(this);
        }
    }
}
