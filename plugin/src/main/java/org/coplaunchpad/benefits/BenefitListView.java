package org.coplaunchpad.benefits;

import java.util.List;

/** One of the seed's four benefit lists, as shown. Immutable. */
public final class BenefitListView {
    private final String category;
    private final String title;
    private final List<BenefitItemView> items;

    BenefitListView(String category, String title, List<BenefitItemView> items) {
        this.category = category;
        this.title = title;
        this.items = List.copyOf(items);
    }

    /** The category's parameter value, e.g. "institution-benefits" (a stable hook for CSS and tests). */
    public String getCategory() {
        return category;
    }

    public String getTitle() {
        return title;
    }

    public List<BenefitItemView> getItems() {
        return items;
    }
}
