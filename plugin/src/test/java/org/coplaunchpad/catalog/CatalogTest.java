package org.coplaunchpad.catalog;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CatalogTest {

    private final Catalog catalog = new Catalog();

    @Test
    void benefit_lists_hold_as_many_items_as_the_seed() {
        assertAll(
                () -> assertEquals(3, catalog.benefits(BenefitCategory.INSTITUTION_POTENTIALS).size()),
                () -> assertEquals(11, catalog.benefits(BenefitCategory.INSTITUTION_BENEFITS).size()),
                () -> assertEquals(10, catalog.benefits(BenefitCategory.PARTICIPANT_ATTITUDES).size()),
                () -> assertEquals(8, catalog.benefits(BenefitCategory.PARTICIPANT_BENEFITS).size()));
    }

    @Test
    void benefit_lists_keep_seed_order() {
        assertEquals(List.of("productivity-gains", "learning", "innovation"),
                keysOf(catalog.benefits(BenefitCategory.INSTITUTION_POTENTIALS)));
        List<String> attitudes = keysOf(catalog.benefits(BenefitCategory.PARTICIPANT_ATTITUDES));
        assertEquals("technical-learning", attitudes.get(0));
        assertEquals("three-j-learning", attitudes.get(9));
    }

    @Test
    void only_the_institution_potentials_carry_an_explanation() {
        for (BenefitCategory category : BenefitCategory.values()) {
            boolean explained = category == BenefitCategory.INSTITUTION_POTENTIALS;
            catalog.benefits(category).forEach(item -> assertEquals(explained, item.explanationKey().isPresent(),
                    item.key()));
        }
        assertEquals(Optional.of("cop-launchpad.catalog.productivity-gains.explanation"),
                catalog.benefit("productivity-gains").orElseThrow().explanationKey());
    }

    @Test
    void debate_and_consensus_is_one_attitude_and_energy_and_creativity_are_two_benefits() {
        assertTrue(catalog.benefit("debate-and-consensus").isPresent());
        assertEquals(BenefitCategory.PARTICIPANT_BENEFITS, catalog.benefit("intellectual-energy").orElseThrow().category());
        assertEquals(BenefitCategory.PARTICIPANT_BENEFITS,
                catalog.benefit("innovation-and-creativity").orElseThrow().category());
    }

    @Test
    void benefit_is_found_by_key_whatever_its_category() {
        BenefitItem innovate = catalog.benefit("innovate").orElseThrow();
        assertEquals(BenefitCategory.INSTITUTION_BENEFITS, innovate.category());
        assertEquals("cop-launchpad.catalog.innovate.label", innovate.labelKey());
        assertEquals(Optional.empty(), catalog.benefit("no-such-benefit"));
        assertEquals(Optional.empty(), catalog.benefit(null));
        assertEquals(Optional.empty(), catalog.benefit("facilitator"), "a readiness key is not a benefit");
    }

    @Test
    void readiness_sections_follow_the_seed_in_order() {
        assertEquals(List.of("fundamentals", "strategic-themes", "human-resources", "technical-resources",
                "legitimacy", "time-and-recognition", "middle-managers"),
                catalog.readinessSections().stream().map(ReadinessSection::key).toList());
    }

    @Test
    void readiness_sections_hold_the_seed_items() {
        assertEquals(List.of(3, 1, 5, 5, 1, 2, 2),
                catalog.readinessSections().stream().map(s -> s.items().size()).toList());
        assertEquals(19, catalog.readinessItems().size());
        assertEquals(List.of("facilitator", "coach", "documentalist", "technical-support", "administrative-support"),
                keysOfItems(catalog.readinessSection("human-resources").orElseThrow().items()));
        assertEquals(List.of("groupware", "synchronous-communication", "asynchronous-communication",
                "document-management-tools", "open-call-tools"),
                keysOfItems(catalog.readinessSection("technical-resources").orElseThrow().items()));
    }

    @Test
    void the_three_fundamental_conditions_are_the_fundamentals_section() {
        List<ReadinessItem> fundamentals = catalog.fundamentalConditions();
        assertEquals(List.of("facilitating-environment", "relevant-purpose", "satisfactory-integration"),
                keysOfItems(fundamentals));
        assertEquals(fundamentals, catalog.readinessSection("fundamentals").orElseThrow().items());
        assertTrue(catalog.readinessSection("fundamentals").orElseThrow().fundamental());
        catalog.readinessSections().stream().filter(s -> !s.key().equals("fundamentals"))
                .forEach(s -> assertFalse(s.fundamental(), s.key()));
    }

    @Test
    void readiness_item_keys_never_change_because_answers_are_stored_by_key() {
        assertEquals(List.of("facilitating-environment", "relevant-purpose", "satisfactory-integration",
                "strategic-focus",
                "facilitator", "coach", "documentalist", "technical-support", "administrative-support",
                "groupware", "synchronous-communication", "asynchronous-communication", "document-management-tools",
                "open-call-tools",
                "legitimate-structure",
                "member-time-allocated", "participation-recognised",
                "middle-managers-informed", "threatened-manager-vigilance"),
                keysOfItems(catalog.readinessItems()));
    }

    @Test
    void the_seeds_two_headings_cover_the_fundamentals_then_the_recommendations() {
        List<ReadinessPart> parts = catalog.readinessParts();
        assertEquals(List.of("fundamentals", "recommendations"), parts.stream().map(ReadinessPart::key).toList());
        ReadinessPart fundamentals = parts.get(0);
        ReadinessPart recommendations = parts.get(1);
        assertTrue(fundamentals.fundamental());
        assertFalse(recommendations.fundamental());
        assertEquals(List.of(catalog.readinessSection("fundamentals").orElseThrow()), fundamentals.sections());
        assertEquals(catalog.fundamentalConditions(), fundamentals.items());
        assertEquals(List.of("strategic-themes", "human-resources", "technical-resources", "legitimacy",
                "time-and-recognition", "middle-managers"),
                recommendations.sections().stream().map(ReadinessSection::key).toList());
        List<ReadinessSection> all = new ArrayList<>(fundamentals.sections());
        all.addAll(recommendations.sections());
        assertEquals(catalog.readinessSections(), all, "every section under exactly one heading, in order");
    }

    @Test
    void only_the_fundamentals_heading_has_a_lead_sentence() {
        ReadinessPart fundamentals = catalog.readinessPart("fundamentals").orElseThrow();
        assertEquals("cop-launchpad.catalog.part.fundamentals.title", fundamentals.titleKey());
        assertEquals(Optional.of("cop-launchpad.catalog.part.fundamentals.lead"), fundamentals.leadKey());
        ReadinessPart recommendations = catalog.readinessPart("recommendations").orElseThrow();
        assertEquals("cop-launchpad.catalog.part.recommendations.title", recommendations.titleKey());
        assertEquals(Optional.empty(), recommendations.leadKey());
        assertEquals(Optional.empty(), catalog.readinessPart("no-such-part"));
        assertEquals(Optional.empty(), catalog.readinessPart(null));
    }

    @Test
    void each_section_is_found_under_its_heading() {
        assertEquals("fundamentals", catalog.readinessPartOf("fundamentals").orElseThrow().key());
        for (ReadinessSection section : catalog.readinessSections()) {
            ReadinessPart part = catalog.readinessPartOf(section.key()).orElseThrow();
            assertTrue(part.sections().contains(section), section.key());
            assertEquals(section.fundamental(), part.fundamental(), section.key());
        }
        assertEquals(Optional.empty(), catalog.readinessPartOf("no-such-section"));
        assertEquals(Optional.empty(), catalog.readinessPartOf(null));
    }

    @Test
    void every_readiness_item_has_a_guidance_key_next_to_its_label() {
        for (ReadinessItem item : catalog.readinessItems()) {
            assertEquals("cop-launchpad.catalog." + item.key() + ".guidance", item.guidanceKey());
            assertTrue(catalog.i18nKeys().contains(item.guidanceKey()), item.key());
        }
    }

    @Test
    void readiness_items_name_their_section_and_are_listed_section_after_section() {
        List<ReadinessItem> flattened = new ArrayList<>();
        for (ReadinessSection section : catalog.readinessSections()) {
            section.items().forEach(item -> assertEquals(section.key(), item.sectionKey(), item.key()));
            flattened.addAll(section.items());
        }
        assertEquals(flattened, catalog.readinessItems());
    }

    @Test
    void readiness_items_and_sections_are_found_by_key() {
        ReadinessItem facilitator = catalog.readinessItem("facilitator").orElseThrow();
        assertEquals("human-resources", facilitator.sectionKey());
        assertEquals("cop-launchpad.catalog.facilitator.label", facilitator.labelKey());
        assertFalse(facilitator.fundamental());
        assertEquals("cop-launchpad.catalog.section.legitimacy.title",
                catalog.readinessSection("legitimacy").orElseThrow().titleKey());
        assertEquals(Optional.empty(), catalog.readinessItem("innovate"), "a benefit key is not a readiness item");
        assertEquals(Optional.empty(), catalog.readinessItem(null));
        assertEquals(Optional.empty(), catalog.readinessSection("no-such-section"));
    }

    @Test
    void keys_are_unique_across_benefits_and_readiness_items() {
        List<String> all = allItemKeys();
        assertEquals(all.size(), new HashSet<>(all).size(), "duplicate keys in " + all);
        assertEquals(32 + 19, all.size());
    }

    @Test
    void keys_are_lowercase_ascii_words_joined_by_dashes() {
        List<String> keys = new ArrayList<>(allItemKeys());
        catalog.readinessSections().forEach(s -> keys.add(s.key()));
        keys.addAll(BenefitCategory.parameterValues());
        keys.forEach(key -> assertTrue(key.matches("[a-z0-9]+(-[a-z0-9]+)*"), key));
    }

    @Test
    void item_keys_never_shadow_the_reserved_i18n_segments() {
        Set<String> reserved = Set.of("category", "section", "reference", "part");
        allItemKeys().forEach(key -> assertFalse(reserved.contains(key), key));
    }

    @Test
    void i18n_keys_cover_every_heading_lead_label_explanation_guidance_and_the_reference() {
        Set<String> keys = catalog.i18nKeys();
        // 4 headings + 32 labels + 3 explanations + 2 part titles and 1 lead + 7 section titles
        // + 19 labels and 19 guidance texts + title and citation
        assertEquals(4 + 32 + 3 + 3 + 7 + 19 + 19 + 2, keys.size());
        assertTrue(keys.contains("cop-launchpad.catalog.part.fundamentals.lead"));
        assertTrue(keys.contains("cop-launchpad.catalog.satisfactory-integration.guidance"));
        assertTrue(keys.contains("cop-launchpad.catalog.category.institution-potentials.title"));
        assertTrue(keys.contains("cop-launchpad.catalog.learning.explanation"));
        assertTrue(keys.contains("cop-launchpad.catalog.section.fundamentals.title"));
        assertTrue(keys.contains("cop-launchpad.catalog.threatened-manager-vigilance.label"));
        assertEquals(new Reference("cop-launchpad.catalog.reference.title", "cop-launchpad.catalog.reference.citation"),
                catalog.reference());
        assertTrue(keys.contains(catalog.reference().citationKey()));
    }

    @Test
    void the_catalog_cannot_be_modified_through_its_lists() {
        BenefitItem any = catalog.benefit("innovate").orElseThrow();
        ReadinessItem item = catalog.readinessItem("coach").orElseThrow();
        ReadinessSection section = catalog.readinessSections().get(0);
        assertAll(
                () -> assertThrows(UnsupportedOperationException.class,
                        () -> catalog.benefits(BenefitCategory.INSTITUTION_BENEFITS).add(any)),
                () -> assertThrows(UnsupportedOperationException.class, () -> catalog.readinessSections().remove(0)),
                () -> assertThrows(UnsupportedOperationException.class, () -> catalog.readinessParts().remove(0)),
                () -> assertThrows(UnsupportedOperationException.class,
                        () -> catalog.readinessParts().get(1).sections().remove(0)),
                () -> assertThrows(UnsupportedOperationException.class, () -> section.items().add(section.items().get(0))),
                () -> assertThrows(UnsupportedOperationException.class, () -> catalog.readinessItems().add(item)),
                () -> assertThrows(UnsupportedOperationException.class, () -> catalog.fundamentalConditions().clear()),
                () -> assertThrows(UnsupportedOperationException.class, () -> catalog.i18nKeys().add("x")));
    }

    @Test
    void two_catalogs_describe_the_same_content() {
        Catalog other = new Catalog();
        assertEquals(catalog.readinessSections(), other.readinessSections());
        assertEquals(catalog.readinessParts(), other.readinessParts());
        for (BenefitCategory category : BenefitCategory.values()) {
            assertEquals(catalog.benefits(category), other.benefits(category));
        }
    }

    private List<String> allItemKeys() {
        List<String> keys = new ArrayList<>();
        for (BenefitCategory category : BenefitCategory.values()) {
            keys.addAll(keysOf(catalog.benefits(category)));
        }
        keys.addAll(keysOfItems(catalog.readinessItems()));
        return keys;
    }

    private static List<String> keysOf(List<BenefitItem> items) {
        return items.stream().map(BenefitItem::key).toList();
    }

    private static List<String> keysOfItems(List<ReadinessItem> items) {
        return items.stream().map(ReadinessItem::key).toList();
    }
}
