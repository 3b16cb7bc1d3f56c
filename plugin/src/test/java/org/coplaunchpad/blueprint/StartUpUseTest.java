package org.coplaunchpad.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StartUpUseTest {
    @Test
    void the_first_use_keeps_the_plain_title_and_the_default_checklist() {
        assertEquals(new StartUpUse(1, "Deciding", "readiness"), StartUpUse.firstFree("Deciding", t -> false, c -> false));
    }

    @Test
    void title_and_checklist_share_their_number() {
        StartUpUse use = StartUpUse.firstFree("Deciding", Set.of("Deciding", "Deciding (2)")::contains,
                Set.of("readiness-3")::contains);

        assertEquals(new StartUpUse(4, "Deciding (4)", "readiness-4"), use);
    }

    @Test
    void a_space_with_every_number_taken_is_refused_with_what_to_do() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> StartUpUse.firstFree("Deciding", t -> true, c -> false));

        assertTrue(refused.getMessage().contains("rename or remove older pages"), refused.getMessage());
    }
}
