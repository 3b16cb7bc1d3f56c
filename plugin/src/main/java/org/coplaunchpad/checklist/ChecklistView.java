package org.coplaunchpad.checklist;

import java.util.List;

/** Everything the readiness checklist template shows, in the viewer's language. Immutable. */
public final class ChecklistView {
    private final String title;
    private final String spaceKey;
    private final String pageId;
    private final String checklist;
    private final String mode;
    private final String language;
    private final boolean readOnly;
    private final String readOnlyText;
    private final int progressPercent;
    private final String progressText;
    private final String refusedText;
    private final String fundamentalText;
    private final List<ChecklistSectionView> sections;

    ChecklistView(Builder builder) {
        this.title = builder.title;
        this.spaceKey = builder.spaceKey;
        this.pageId = builder.pageId;
        this.checklist = builder.checklist;
        this.mode = builder.mode;
        this.language = builder.language;
        this.readOnly = builder.readOnly;
        this.readOnlyText = builder.readOnlyText;
        this.progressPercent = builder.progressPercent;
        this.progressText = builder.progressText;
        this.refusedText = builder.refusedText;
        this.fundamentalText = builder.fundamentalText;
        this.sections = List.copyOf(builder.sections);
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

    /** "personal" or "shared". */
    public String getMode() {
        return mode;
    }

    public String getLanguage() {
        return language;
    }

    /** True for people who may not answer (and for anonymous viewers): the boxes are shown but disabled. */
    public boolean isReadOnly() {
        return readOnly;
    }

    public String getReadOnlyText() {
        return readOnlyText;
    }

    public int getProgressPercent() {
        return progressPercent;
    }

    public String getProgressText() {
        return progressText;
    }


    /** What the page script says when the server refuses a tick. */
    public String getRefusedText() {
        return refusedText;
    }

    public String getFundamentalText() {
        return fundamentalText;
    }

    public List<ChecklistSectionView> getSections() {
        return sections;
    }

    /** Collects the view's values; the macro fills it. */
    static final class Builder {
        private String title = "";
        private String spaceKey = "";
        private String pageId = "";
        private String checklist = "";
        private String mode = "";
        private String language = "";
        private boolean readOnly;
        private String readOnlyText = "";
        private int progressPercent;
        private String progressText = "";
        private String refusedText = "";
        private String fundamentalText = "";
        private List<ChecklistSectionView> sections = List.of();

        Builder title(String value) { title = value; return this; }
        Builder spaceKey(String value) { spaceKey = value; return this; }
        Builder pageId(String value) { pageId = value; return this; }
        Builder checklist(String value) { checklist = value; return this; }
        Builder mode(String value) { mode = value; return this; }
        Builder language(String value) { language = value; return this; }
        Builder readOnly(boolean value, String text) { readOnly = value; readOnlyText = text; return this; }
        Builder progress(int percent, String text) { progressPercent = percent; progressText = text; return this; }
        Builder refusedText(String value) { refusedText = value; return this; }
        Builder fundamentalText(String value) { fundamentalText = value; return this; }
        Builder sections(List<ChecklistSectionView> value) { sections = value; return this; }

        ChecklistView build() {
            return new ChecklistView(this);
        }
    }
}
