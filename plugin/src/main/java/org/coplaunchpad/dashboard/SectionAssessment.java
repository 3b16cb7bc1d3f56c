package org.coplaunchpad.dashboard;

import java.util.List;
import org.coplaunchpad.catalog.ReadinessSection;

/** One section of the checklist: how many of its items are met. */
public record SectionAssessment(ReadinessSection section, int met, int total, List<ItemAssessment> items) {
    public SectionAssessment {
        items = List.copyOf(items);
    }

    public int percent() {
        return total == 0 ? 0 : met * 100 / total;
    }
}
