package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.ChecklistTally;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.SharedAnswer;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.junit.jupiter.api.Test;

/** How answers become a decision, on hand-made figures. */
class AssessorTest {
    private final Catalog catalog = new Catalog();
    private final Assessor assessor = new Assessor(catalog);
    private final List<String> all = catalog.readinessItems().stream().map(ReadinessItem::key).toList();
    private final List<String> fundamentals = catalog.fundamentalConditions().stream().map(ReadinessItem::key).toList();

    /** Figures where {@code agree} members answer yes to each item and the other respondents answer no. */
    private static ChecklistTally personal(int respondents, Map<String, Integer> agree) {
        Map<String, AnswerCounts> counts = new HashMap<>();
        agree.forEach((item, yes) -> counts.put(item, new AnswerCounts(yes, 0, respondents - yes, 0)));
        return new ChecklistTally("CDP", "readiness", respondents, counts, Map.of(), List.of(42L), Optional.empty(), 0);
    }

    private Map<String, Integer> everyItem(int agree) {
        Map<String, Integer> counts = new HashMap<>();
        all.forEach(key -> counts.put(key, agree));
        return counts;
    }

    @Test
    void an_item_is_met_when_more_than_the_majority_ticks_it_so_a_tie_is_not() {
        ChecklistAssessment tie = assessor.assess(personal(2, Map.of("coach", 1)), LaunchThresholds.DEFAULT);
        ChecklistAssessment majority = assessor.assess(personal(3, Map.of("coach", 2)), LaunchThresholds.DEFAULT);

        assertFalse(item(tie, "coach").met());
        assertTrue(item(majority, "coach").met());
    }

    @Test
    void the_majority_threshold_is_configurable() {
        ChecklistAssessment twoThirds = assessor.assess(personal(3, Map.of("coach", 2)), new LaunchThresholds(70, 75));

        assertFalse(item(twoThirds, "coach").met());
    }

    @Test
    void nobody_answered_means_nothing_met_and_not_yet() {
        ChecklistAssessment nobody = assessor.assess(personal(0, Map.of()), LaunchThresholds.DEFAULT);

        assertEquals(0, nobody.met());
        assertEquals(0, nobody.score());
        assertEquals(LaunchDecision.NOT_YET, nobody.decision());
        assertEquals(Consensus.NO_ANSWERS, item(nobody, "coach").consensus());
        assertEquals(fundamentals.size(), nobody.missingFundamentals().size());
    }

    @Test
    void one_respondent_decides_alone_but_is_not_a_consensus() {
        ChecklistAssessment one = assessor.assess(personal(1, everyItem(1)), LaunchThresholds.DEFAULT);

        assertEquals(all.size(), one.met());
        assertEquals(100, one.score());
        assertEquals(LaunchDecision.READY, one.decision());
        assertEquals(Consensus.ONE_VOICE, item(one, "coach").consensus());
    }

    @Test
    void every_fundamental_condition_must_be_met_whatever_the_score() {
        Map<String, Integer> counts = everyItem(3);
        counts.put(fundamentals.get(0), 1);

        ChecklistAssessment assessment = assessor.assess(personal(3, counts), LaunchThresholds.DEFAULT);

        assertEquals(all.size() - 1, assessment.met());
        assertTrue(assessment.score() >= 75);
        assertEquals(LaunchDecision.NOT_YET, assessment.decision());
        assertEquals(List.of(fundamentals.get(0)),
                assessment.missingFundamentals().stream().map(item -> item.item().key()).toList());
    }

    @Test
    void the_score_must_reach_the_readiness_threshold() {
        Map<String, Integer> counts = new HashMap<>();
        fundamentals.forEach(key -> counts.put(key, 2));
        ChecklistAssessment fundamentalsOnly = assessor.assess(personal(2, counts), LaunchThresholds.DEFAULT);
        ChecklistAssessment lowBar = assessor.assess(personal(2, counts), new LaunchThresholds(50, 10));

        assertEquals(fundamentals.size() * 100 / all.size(), fundamentalsOnly.score());
        assertEquals(LaunchDecision.NOT_YET, fundamentalsOnly.decision());
        assertEquals(LaunchDecision.READY, lowBar.decision());
    }

    @Test
    void split_items_come_first_the_most_divided_first() {
        Map<String, Integer> counts = everyItem(10);
        counts.put("coach", 4);
        counts.put("groupware", 5);
        counts.put("facilitator", 0);

        ChecklistAssessment assessment = assessor.assess(personal(10, counts), LaunchThresholds.DEFAULT);

        assertEquals(List.of("groupware", "coach"),
                assessment.splitItems().stream().map(item -> item.item().key()).toList());
        assertEquals("groupware", assessment.itemsMixedFirst().get(0).item().key());
        assertEquals("coach", assessment.itemsMixedFirst().get(1).item().key());
        assertEquals(Consensus.NOT_YET, item(assessment, "facilitator").consensus());
        assertEquals(Consensus.AGREED, item(assessment, "documentalist").consensus());
        assertEquals(all.size(), assessment.itemsMixedFirst().size());
    }

    @Test
    void in_shared_mode_an_item_is_met_when_the_team_ticked_it() {
        Map<String, SharedAnswer> shared = Map.of(
                "coach", new SharedAnswer(Answer.YES, "bruno", Instant.EPOCH),
                "groupware", new SharedAnswer(Answer.NO, "alice", Instant.EPOCH));
        ChecklistTally tally = new ChecklistTally("CDP", "team", 0, Map.of(), shared, List.of(), Optional.empty(), 0);

        ChecklistAssessment assessment = assessor.assess(tally, LaunchThresholds.DEFAULT);

        assertTrue(assessment.shared());
        assertTrue(item(assessment, "coach").met());
        assertFalse(item(assessment, "groupware").met());
        assertEquals(Consensus.TEAM, item(assessment, "coach").consensus());
        assertEquals(1, assessment.met());
        assertTrue(assessment.splitItems().isEmpty());
    }

    @Test
    void sections_count_their_met_items() {
        Map<String, Integer> counts = new HashMap<>();
        fundamentals.forEach(key -> counts.put(key, 1));

        ChecklistAssessment assessment = assessor.assess(personal(1, counts), LaunchThresholds.DEFAULT);

        SectionAssessment first = assessment.sections().get(0);
        assertEquals("fundamentals", first.section().key());
        assertEquals(first.total(), first.met());
        assertEquals(100, first.percent());
        assertEquals(0, assessment.sections().get(1).met());
    }

    private static ItemAssessment item(ChecklistAssessment assessment, String key) {
        return assessment.itemsMixedFirst().stream().filter(item -> item.item().key().equals(key)).findFirst().orElseThrow();
    }
}
