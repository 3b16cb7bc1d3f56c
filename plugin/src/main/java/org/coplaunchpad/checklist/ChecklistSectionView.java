package org.coplaunchpad.checklist;

import java.util.List;

/** A section of the readiness checklist (e.g. the fundamental conditions) as shown. Immutable. */
public final class ChecklistSectionView {
    private final String key;
    private final String title;
    private final boolean fundamental;
    private final List<ChecklistItemView> items;

    ChecklistSectionView(String key, String title, boolean fundamental, List<ChecklistItemView> items) {
        this.key = key;
        this.title = title;
        this.fundamental = fundamental;
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

    public List<ChecklistItemView> getItems() {
        return items;
    }
}
