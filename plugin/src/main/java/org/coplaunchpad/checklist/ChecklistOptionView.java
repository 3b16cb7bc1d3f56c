package org.coplaunchpad.checklist;

/** One of the four answers of an item (yes, partly, no, I don't know) as a radio button of its group. Immutable. */
public final class ChecklistOptionView {
    private final String value;
    private final String label;
    private final String inputId;
    private final boolean checked;

    ChecklistOptionView(String value, String label, String inputId, boolean checked) {
        this.value = value;
        this.label = label;
        this.inputId = inputId;
        this.checked = checked;
    }

    /** The radio's {@code value}: what the page script posts as {@code answer} ("yes", "partly", "no", "unknown"). */
    public String getValue() {
        return value;
    }

    /** « Oui », "Partly", …: the radio's visible label. */
    public String getLabel() {
        return label;
    }

    /** Unique on the page: ties the label to its radio. */
    public String getInputId() {
        return inputId;
    }

    public boolean isChecked() {
        return checked;
    }
}
