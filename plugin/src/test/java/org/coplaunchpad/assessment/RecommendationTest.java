package org.coplaunchpad.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessSection;
import org.junit.jupiter.api.Test;

/** The seed's five recommendations, held to the catalog's sections. */
class RecommendationTest {
    private final Catalog catalog = new Catalog();

    @Test
    void the_seed_makes_five_recommendations() {
        assertEquals(5, Recommendation.values().length);
    }

    @Test
    void every_section_but_the_fundamentals_belongs_to_exactly_one_recommendation() {
        for (ReadinessSection section : catalog.readinessSections()) {
            long owners = Arrays.stream(Recommendation.values())
                    .filter(r -> r.sectionKeys().contains(section.key())).count();
            assertEquals(section.fundamental() ? 0 : 1, owners, section.key());
        }
    }

    @Test
    void every_section_a_recommendation_names_is_a_catalog_section_of_recommendations() {
        for (Recommendation recommendation : Recommendation.values()) {
            for (String key : recommendation.sectionKeys()) {
                Optional<ReadinessSection> section = catalog.readinessSection(key);
                assertTrue(section.isPresent(), key);
                assertTrue(!section.get().fundamental(), key);
            }
        }
    }

    @Test
    void human_and_technical_resources_are_one_recommendation() {
        assertEquals(List.of("human-resources", "technical-resources"),
                Recommendation.HUMAN_AND_TECHNICAL_RESOURCES.sectionKeys());
        assertEquals(Optional.of(Recommendation.HUMAN_AND_TECHNICAL_RESOURCES), Recommendation.ofSection("technical-resources"));
    }

    @Test
    void the_fundamentals_are_no_recommendation() {
        assertEquals(Optional.empty(), Recommendation.ofSection("fundamentals"));
        assertEquals(Optional.empty(), Recommendation.ofSection("no-such-section"));
    }

    @Test
    void the_recommendations_follow_the_catalog_order() {
        List<String> fromCatalog = catalog.readinessSections().stream().map(ReadinessSection::key)
                .filter(key -> Recommendation.ofSection(key).isPresent()).toList();
        List<String> fromRecommendations = Arrays.stream(Recommendation.values())
                .flatMap(r -> r.sectionKeys().stream()).toList();
        assertEquals(fromCatalog, fromRecommendations);
    }
}
