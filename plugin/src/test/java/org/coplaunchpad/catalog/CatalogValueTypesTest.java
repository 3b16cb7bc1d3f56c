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

    @Test
    void a_part_keeps_its_own_copy_of_the_sections() {
        List<ReadinessSection> sections = new ArrayList<>(List.of(new ReadinessSection("people", "title", false,
                List.of(new ReadinessItem("coach", "people", "label", false)))));
        ReadinessPart part = new ReadinessPart("advice", "title", Optional.empty(), false, sections);
        sections.clear();
        assertEquals(1, part.sections().size());
        assertEquals(List.of("coach"), part.items().stream().map(ReadinessItem::key).toList());
    }

    @Test
    void a_part_refuses_a_section_whose_fundamental_flag_differs() {
        ReadinessSection notFundamental = new ReadinessSection("people", "title", false, List.of());
        assertThrows(IllegalArgumentException.class,
                () -> new ReadinessPart("basics", "title", Optional.of("lead"), true, List.of(notFundamental)));
    }

    @Test
    void a_part_without_lead_uses_an_empty_optional_not_null() {
        assertThrows(NullPointerException.class, () -> new ReadinessPart("advice", "title", null, false, List.of()));
    }

    @Test
    void an_item_s_guidance_key_follows_from_its_key() {
        assertEquals("cop-launchpad.catalog.coach.guidance",
                new ReadinessItem("coach", "people", "label", false).guidanceKey());
    }
}
