package org.coplaunchpad.standalone.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.testing.SeedRules.Counts;
import org.junit.jupiter.api.Test;

/** The host tests' restatement of issue 14's rules holds the issue's own examples (the app's unit tests pin the app). */
class SeedRulesTest {
    private static String state(int yes, int partly, int no, int unknown) {
        return SeedRules.state(new Counts(yes, partly, no, unknown), SeedRules.MAJORITY, SeedRules.QUORUM);
    }

    @Test
    void the_issues_boundaries_with_a_quorum_of_three() {
        assertEquals("met", state(2, 0, 1, 0), "2 yes / 1 no");
        assertEquals("split", state(2, 0, 2, 0), "2 yes / 2 no");
        assertEquals("too-few", state(1, 0, 1, 0), "1 yes / 1 no");
        assertEquals("unknown", state(1, 0, 0, 2), "1 yes / 2 unknown");
        assertEquals("not-assessed", state(0, 0, 0, 0));
        assertEquals("not-met", state(0, 3, 0, 0), "3 partly is 50 %, not more than 50 %");
    }

    @Test
    void fifteen_of_nineteen_met_with_three_recommendations_empty_is_not_yet() {
        Map<String, Counts> counts = new HashMap<>();
        for (String section : List.of("fundamentals", "human-resources", "technical-resources", "middle-managers")) {
            SeedRules.SECTIONS.get(section).forEach(item -> counts.put(item, new Counts(5, 0, 0, 0)));
        }

        SeedRules.Verdict verdict = SeedRules.personal(5, counts, List.of());

        assertEquals(15, verdict.items().stream().filter(SeedRules.Item::met).count());
        assertEquals(Optional.of(40), verdict.score());
        assertEquals("not-yet", verdict.decision());
        assertEquals(List.of("score"), verdict.reasons());
    }

    @Test
    void fundamentals_alone_have_no_score_and_a_recommendation_alone_cannot_decide() {
        Map<String, Counts> counts = new HashMap<>();
        SeedRules.SECTIONS.get("fundamentals").forEach(item -> counts.put(item, new Counts(3, 0, 0, 0)));

        SeedRules.Verdict gatesOnly = SeedRules.personal(3, counts, List.of("fundamentals"));
        Map<String, Counts> twoYes = new HashMap<>();
        SeedRules.SECTIONS.get("fundamentals").forEach(item -> twoYes.put(item, new Counts(2, 0, 0, 0)));
        SeedRules.Verdict twoMembers = SeedRules.personal(2, twoYes, List.of("fundamentals"));
        SeedRules.Verdict legitimacy = SeedRules.personal(3, Map.of("legitimate-structure", new Counts(3, 0, 0, 0)),
                List.of("legitimacy"));

        assertEquals(Optional.empty(), gatesOnly.score());
        assertEquals("ready", gatesOnly.decision());
        assertEquals(List.of("gate:facilitating-environment", "gate:relevant-purpose", "gate:satisfactory-integration",
                "quorum"), twoMembers.reasons(), "two opinions are too few for each gate, and the quorum is not reached");
        assertEquals("cannot-decide", legitimacy.decision());
    }
}
