package org.coplaunchpad.checklist;

import java.util.List;

/** A section of the readiness checklist (e.g. the fundamental conditions) as shown. Immutable. */
public final class ChecklistSectionView {
    private final String key;
    private final String title;
    private final boolean fundamental;
    private final boolean onlySectionOfPart;
    private final List<ChecklistItemView> items;

    ChecklistSectionView(String key, String title, boolean fundamental, boolean onlySectionOfPart,
                         List<ChecklistItemView> items) {
        this.key = key;
        this.title = title;
        this.fundamental = fundamental;
        this.onlySectionOfPart = onlySectionOfPart;
        this.items = List.copyOf(items);
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    /** The fundamental conditions of the seed: every one must be met before a launch. */
    public boolean isFundamental() {
        return fundamental;
    }

    /**
     * True when the catalog's part holds this section alone (the fundamentals): its title then says nearly what the
     * part's heading and lead say, and the page shows it lighter.
     */
    public boolean isOnlySectionOfPart() {
        return onlySectionOfPart;
    }

    public List<ChecklistItemView> getItems() {
        return items;
    }
}
