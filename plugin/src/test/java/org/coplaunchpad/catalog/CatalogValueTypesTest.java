package org.coplaunchpad.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CatalogValueTypesTest {

    @Test
    void a_benefit_key_with_capitals_or_spaces_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new BenefitItem("Save time",
                BenefitCategory.INSTITUTION_BENEFITS, "label", Optional.empty()));
    }

    @Test
    void a_benefit_without_explanation_uses_an_empty_optional_not_null() {
        assertThrows(NullPointerException.class, () -> new BenefitItem("save-time",
                BenefitCategory.INSTITUTION_BENEFITS, "label", null));
    }

    @Test
    void a_section_keeps_its_own_copy_of_the_items() {
        List<ReadinessItem> items = new ArrayList<>(List.of(new ReadinessItem("coach", "people", "label", false)));
        ReadinessSection section = new ReadinessSection("people", "title", false, items);
        items.clear();
        assertEquals(1, section.items().size());
    }

    @Test
    void a_section_refuses_an_item_of_another_section() {
        ReadinessItem stranger = new ReadinessItem("coach", "elsewhere", "label", false);
        assertThrows(IllegalArgumentException.class,
                () -> new ReadinessSection("people", "title", false, List.of(stranger)));
    }

    @Test
    void a_section_refuses_an_item_whose_fundamental_flag_differs() {
        ReadinessItem notFundamental = new ReadinessItem("coach", "people", "label", false);
        assertThrows(IllegalArgumentException.class,
                () -> new ReadinessSection("people", "title", true, List.of(notFundamental)));
    }
}
