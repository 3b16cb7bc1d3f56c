package org.coplaunchpad.benefits;

import java.util.List;
import java.util.Optional;
import org.coplaunchpad.catalog.BenefitItem;

/** What the coach asked the panel to show, once the macro's parameters are known to be valid. */
record BenefitsPanelRequest(List<List<BenefitItem>> lists, Layout layout, Optional<String> title) {
    BenefitsPanelRequest {
        lists = List.copyOf(lists);
    }
}
