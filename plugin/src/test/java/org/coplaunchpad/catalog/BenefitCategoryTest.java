package org.coplaunchpad.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BenefitCategoryTest {

    @Test
    void parameter_values_are_the_four_lists_in_seed_order() {
        assertEquals(List.of("institution-potentials", "institution-benefits",
                "participant-attitudes", "participant-benefits"), BenefitCategory.parameterValues());
    }

    @ParameterizedTest
    @EnumSource(BenefitCategory.class)
    void every_parameter_value_finds_its_own_category(BenefitCategory category) {
        assertEquals(Optional.of(category), BenefitCategory.fromParameterValue(category.parameterValue()));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"INSTITUTION_POTENTIALS", "Institution-Potentials", " institution-potentials",
            "institution-potentials ", "institution", "benefits"})
    void anything_but_an_exact_parameter_value_finds_nothing(String value) {
        assertEquals(Optional.empty(), BenefitCategory.fromParameterValue(value));
    }

    @Test
    void title_keys_follow_the_category_scheme() {
        assertEquals("cop-launchpad.catalog.category.participant-benefits.title",
                BenefitCategory.PARTICIPANT_BENEFITS.titleKey());
    }

    @Test
    void parameter_values_cannot_be_modified() {
        assertThrows(UnsupportedOperationException.class, () -> BenefitCategory.parameterValues().add("x"));
        assertEquals(4, BenefitCategory.parameterValues().size());
    }
}
