package org.coplaunchpad.checklist;

import java.util.List;

/** Everything the readiness checklist template shows, in the viewer's language. Immutable. */
public final class ChecklistView {
    private final String title;
    private final String spaceKey;
    private final String pageId;
    private final String checklist;
    private final String idPrefix;
    private final String mode;
    private final String language;
    private final boolean readOnly;
    private final String readOnlyText;
    private final int progressPercent;
    private final String progressText;
    private final String refusedText;
    private final String progressTemplate;
    private final String fundamentalText;
    private final String clearText;
    private final String addReasonText;
    private final String editReasonText;
    private final String reasonLabel;
    private final String reasonHeading;
    private final int reasonMaxLength;
    private final String reasonCountTemplate;
    private final String saveReasonText;
    private final String deleteReasonText;
    private final String cancelText;
    private final String guidanceText;
    private final String visibilityText;
    private final String roundText;
    private final List<ChecklistPartView> parts;

    ChecklistView(Builder builder) {
        this.title = builder.title;
        this.spaceKey = builder.spaceKey;
        this.pageId = builder.pageId;
        this.checklist = builder.checklist;
        this.idPrefix = builder.idPrefix;
        this.mode = builder.mode;
        this.language = builder.language;
        this.readOnly = builder.readOnly;
        this.readOnlyText = builder.readOnlyText;
        this.progressPercent = builder.progressPercent;
        this.progressText = builder.progressText;
        this.refusedText = builder.refusedText;
        this.progressTemplate = builder.progressTemplate;
        this.fundamentalText = builder.fundamentalText;
        this.clearText = builder.clearText;
        this.addReasonText = builder.addReasonText;
        this.editReasonText = builder.editReasonText;
        this.reasonLabel = builder.reasonLabel;
        this.reasonHeading = builder.reasonHeading;
        this.reasonMaxLength = builder.reasonMaxLength;
        this.reasonCountTemplate = builder.reasonCountTemplate;
        this.saveReasonText = builder.saveReasonText;
        this.deleteReasonText = builder.deleteReasonText;
        this.cancelText = builder.cancelText;
        this.guidanceText = builder.guidanceText;
        this.visibilityText = builder.visibilityText;
        this.roundText = builder.roundText;
        this.parts = List.copyOf(builder.parts);
    }

    public String getTitle() {
        return title;
    }

    public boolean hasTitle() {
        return !title.isEmpty();
    }

    public String getSpaceKey() {
        return spaceKey;
    }

    public String getPageId() {
        return pageId;
    }

    public String getChecklist() {
        return checklist;
    }

    /**
     * Short and unique on the page, even with several checklists: the stem of the ids of the checklist's one reason
     * editor, and of each item's ids (then followed by the item's number).
     */
    public String getIdPrefix() {
        return idPrefix;
    }

    /** "personal" or "shared". */
    public String getMode() {
        return mode;
    }

    public String getLanguage() {
        return language;
    }

    /** True for people who may not answer (and for anonymous viewers): the radios are shown but disabled. */
    public boolean isReadOnly() {
        return readOnly;
    }

    public String getReadOnlyText() {
        return readOnlyText;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    /** "You answered 3 of 19 conditions": in the viewer's language. */
    public String getProgressText() {
        return progressText;
    }

    /** The progress text with {0} (answered) and {1} (shown) left for the page script to fill in as answers change. */
    public String getProgressTemplate() {
        return progressTemplate;
    }

    /** What the page script says when the server refuses an answer, before the server's reason. */
    public String getRefusedText() {
        return refusedText;
    }

    public String getFundamentalText() {
        return fundamentalText;
    }

    /** The button that takes an answer back (the item becomes unanswered, and its reason goes with it). */
    public String getClearText() {
        return clearText;
    }

    public String getAddReasonText() {
        return addReasonText;
    }

    public String getEditReasonText() {
        return editReasonText;
    }

    /** The label of the reason's text field. */
    public String getReasonLabel() {
        return reasonLabel;
    }

    /** What introduces a saved reason ("Reason:"). */
    public String getReasonHeading() {
        return reasonHeading;
    }

    /** The longest reason the server takes, in characters (code points): the field's {@code maxlength}. */
    public int getReasonMaxLength() {
        return reasonMaxLength;
    }

    /** "{0} of 500 characters": the counter under the reason, {0} left for the page script. */
    public String getReasonCountTemplate() {
        return reasonCountTemplate;
    }

    public String getSaveReasonText() {
        return saveReasonText;
    }

    public String getDeleteReasonText() {
        return deleteReasonText;
    }

    public String getCancelText() {
        return cancelText;
    }

    /** « Que signifie cette condition ? »: what opens an item's guidance. */
    public String getGuidanceText() {
        return guidanceText;
    }

    /** « Tour 2 — réponses jusqu'au 15 janv. 2026, 23:59 (Europe/Paris) »; empty in round 1 without a deadline. */
    public String getRoundText() {
        return roundText;
    }

    public boolean hasRoundText() {
        return !roundText.isEmpty();
    }

    /** Who sees what of the answers: the others' counts after one's own answer, confidentiality, the team's answer. */
    public String getVisibilityText() {
        return visibilityText;
    }

    /** The seed's headings with the sections shown under each; a part none of whose sections is shown is left out. */
    public List<ChecklistPartView> getParts() {
        return parts;
    }

    /** Collects the view's values; the macro fills it. */
    static final class Builder {
        private String title = "";
        private String spaceKey = "";
        private String pageId = "";
        private String checklist = "";
        private String idPrefix = "";
        private String mode = "";
        private String language = "";
        private boolean readOnly;
        private String readOnlyText = "";
        private int progressPercent;
        private String progressText = "";
        private String refusedText = "";
        private String progressTemplate = "";
        private String fundamentalText = "";
        private String clearText = "";
        private String addReasonText = "";
        private String editReasonText = "";
        private String reasonLabel = "";
        private String reasonHeading = "";
        private int reasonMaxLength;
        private String reasonCountTemplate = "";
        private String saveReasonText = "";
        private String deleteReasonText = "";
        private String cancelText = "";
        private String guidanceText = "";
        private String visibilityText = "";
        private String roundText = "";
        private List<ChecklistPartView> parts = List.of();

        Builder title(String value) { title = value; return this; }
        Builder spaceKey(String value) { spaceKey = value; return this; }
        Builder pageId(String value) { pageId = value; return this; }
        Builder checklist(String value) { checklist = value; return this; }
        Builder idPrefix(String value) { idPrefix = value; return this; }
        Builder mode(String value) { mode = value; return this; }
        Builder language(String value) { language = value; return this; }
        Builder readOnly(boolean value, String text) { readOnly = value; readOnlyText = text; return this; }
        Builder progress(int percent, String text, String template) {
            progressPercent = percent;
            progressText = text;
            progressTemplate = template;
            return this;
        }
        Builder refusedText(String value) { refusedText = value; return this; }
        Builder fundamentalText(String value) { fundamentalText = value; return this; }
        Builder clearText(String value) { clearText = value; return this; }
        Builder reasonTexts(String add, String edit, String label, String heading) {
            addReasonText = add;
            editReasonText = edit;
            reasonLabel = label;
            reasonHeading = heading;
            return this;
        }
        Builder reasonCount(int maxLength, String template) {
            reasonMaxLength = maxLength;
            reasonCountTemplate = template;
            return this;
        }
        Builder reasonButtons(String save, String delete, String cancel) {
            saveReasonText = save;
            deleteReasonText = delete;
            cancelText = cancel;
            return this;
        }
        Builder guidanceText(String value) { guidanceText = value; return this; }
        Builder visibilityText(String value) { visibilityText = value; return this; }
        Builder roundText(String value) { roundText = value; return this; }
        Builder parts(List<ChecklistPartView> value) { parts = value; return this; }

        ChecklistView build() {
            return new ChecklistView(this);
        }
    }
}
