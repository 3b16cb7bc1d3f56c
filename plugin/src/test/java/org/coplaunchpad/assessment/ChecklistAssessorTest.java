package org.coplaunchpad.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
import org.coplaunchpad.catalog.ReadinessSection;
import org.junit.jupiter.api.Test;

/** How a checklist's figures become a verdict: scope, the recommendations' shares, the score, the gates, the quorum. */
class ChecklistAssessorTest {
    private static final AnswerCounts ALL_YES_OF_5 = new AnswerCounts(5, 0, 0, 0);
    private static final List<String> EVERY_SECTION = List.of();
    private static final List<String> FUNDAMENTALS = List.of("fundamentals");

    private final Catalog catalog = new Catalog();
    private final ChecklistAssessor assessor = new ChecklistAssessor(catalog);

    private List<String> itemsOf(String... sections) {
        return catalog.readinessSections().stream().filter(s -> Arrays.asList(sections).contains(s.key()))
                .flatMap(s -> s.items().stream()).map(ReadinessItem::key).toList();
    }

    private List<String> recommendationSections() {
        return catalog.readinessSections().stream().filter(s -> !s.fundamental()).map(ReadinessSection::key).toList();
    }

    private static Map<String, AnswerCounts> answered(List<String> items, AnswerCounts counts) {
        Map<String, AnswerCounts> map = new HashMap<>();
        items.forEach(item -> map.put(item, counts));
        return map;
    }

    private Assessment personal(int respondents, Map<String, AnswerCounts> counts, List<String> scope) {
        return assessor.assess(ChecklistFigures.personal(respondents, counts, scope), Rules.DEFAULT);
    }

    private static List<String> keys(List<AssessedItem> items) {
        return items.stream().map(AssessedItem::key).toList();
    }

    @Test
    void fifteen_items_of_nineteen_met_is_not_yet_when_three_recommendations_have_none_met() {
        List<String> met = Stream.of(itemsOf("fundamentals", "human-resources", "technical-resources").stream(),
                itemsOf("middle-managers").stream()).flatMap(s -> s).toList();
        assertEquals(15, met.size());

        Assessment assessment = personal(5, answered(met, ALL_YES_OF_5), EVERY_SECTION);

        assertEquals(15, assessment.met());
        assertEquals(19, assessment.items().size());
        assertEquals(List.of(Share.NONE, Share.ALL, Share.NONE, Share.NONE, Share.ALL),
                assessment.recommendations().stream().map(RecommendationScore::share).toList());
        assertEquals(Optional.of(Share.of(2, 5)), assessment.score());
        assertEquals(40, assessment.score().orElseThrow().percent());
        assertEquals(new Verdict(Decision.NOT_YET, List.of(new Reason.ScoreBelow(Share.of(2, 5), 75))),
                assessment.verdict());
    }

    @Test
    void each_recommendation_weighs_the_same_whatever_its_number_of_items() {
        Assessment oneItemMet = personal(5, answered(itemsOf("strategic-themes"), ALL_YES_OF_5), EVERY_SECTION);
        Assessment tenItemsMet = personal(5,
                answered(itemsOf("human-resources", "technical-resources"), ALL_YES_OF_5), EVERY_SECTION);

        assertEquals(Optional.of(Share.of(1, 5)), oneItemMet.score());
        assertEquals(oneItemMet.score(), tenItemsMet.score());
    }

    @Test
    void unanswered_items_count_as_not_met_in_their_recommendation() {
        Assessment assessment = personal(5, answered(itemsOf("human-resources"), ALL_YES_OF_5), EVERY_SECTION);

        RecommendationScore resources = assessment.recommendations().get(1);
        assertEquals(Recommendation.HUMAN_AND_TECHNICAL_RESOURCES, resources.recommendation());
        assertEquals(5, resources.met());
        assertEquals(10, resources.total());
        assertEquals(Share.of(1, 2), resources.share());
        assertEquals(Optional.of(Share.of(1, 10)), assessment.score());
    }

    @Test
    void a_fundamentals_only_checklist_has_no_score_and_is_ready_when_its_three_gates_are_met_and_the_quorum_holds() {
        Assessment assessment = personal(3, answered(itemsOf("fundamentals"), new AnswerCounts(2, 0, 1, 0)), FUNDAMENTALS);

        assertEquals(3, assessment.gates().size());
        assertEquals(List.of(), assessment.recommendations());
        assertEquals(Optional.empty(), assessment.score());
        assertEquals(new Verdict(Decision.READY, List.of()), assessment.verdict());
    }

    @Test
    void a_fundamentals_only_checklist_is_not_yet_while_the_quorum_is_not_reached() {
        Assessment assessment = personal(2, answered(itemsOf("fundamentals"), new AnswerCounts(2, 0, 0, 0)), FUNDAMENTALS);

        // fewer respondents than the quorum also means too few opinions on every item
        assertEquals(List.of(
                new Reason.GateNotMet("facilitating-environment", ItemState.TOO_FEW),
                new Reason.GateNotMet("relevant-purpose", ItemState.TOO_FEW),
                new Reason.GateNotMet("satisfactory-integration", ItemState.TOO_FEW),
                new Reason.QuorumNotReached(2, 3)), assessment.verdict().reasons());
        assertEquals(Decision.NOT_YET, assessment.decision());
    }

    @Test
    void exactly_the_quorum_of_respondents_is_enough_and_the_quorum_is_a_setting() {
        Map<String, AnswerCounts> counts = answered(itemsOf("fundamentals"), new AnswerCounts(3, 0, 0, 0));
        ChecklistFigures figures = ChecklistFigures.personal(3, counts, FUNDAMENTALS);

        assertEquals(Decision.READY, assessor.assess(figures, new Rules(50, 75, 3)).decision());
        assertEquals(List.of(new Reason.QuorumNotReached(3, 4)), assessor.assess(figures, new Rules(50, 75, 4))
                .verdict().reasons().stream().filter(r -> r.kind() == Reason.Kind.QUORUM_NOT_REACHED).toList());
        assertEquals(Decision.NOT_YET, assessor.assess(figures, new Rules(50, 75, 4)).decision());
    }

    @Test
    void a_recommendations_only_checklist_cannot_decide() {
        List<String> scope = recommendationSections();
        Assessment assessment = personal(5, answered(itemsOf(scope.toArray(String[]::new)), ALL_YES_OF_5), scope);

        assertEquals(new Verdict(Decision.CANNOT_DECIDE, List.of(new Reason.FundamentalsNotAsked())), assessment.verdict());
        assertEquals(Reason.Kind.FUNDAMENTALS_NOT_ASKED, assessment.verdict().reasons().get(0).kind());
        assertEquals(Optional.of(Share.ALL), assessment.score());
        assertEquals(List.of(), assessment.gates());
    }

    @Test
    void an_unmet_gate_holds_back_a_perfect_score() {
        Map<String, AnswerCounts> counts = answered(itemsOf(recommendationSections().toArray(String[]::new)), ALL_YES_OF_5);
        counts.putAll(answered(itemsOf("fundamentals"), ALL_YES_OF_5));
        counts.put("relevant-purpose", new AnswerCounts(1, 0, 4, 0));

        Assessment assessment = personal(5, counts, EVERY_SECTION);

        assertEquals(Optional.of(Share.ALL), assessment.score());
        assertEquals(new Verdict(Decision.NOT_YET, List.of(new Reason.GateNotMet("relevant-purpose", ItemState.NOT_MET))),
                assessment.verdict());
        assertEquals(List.of("relevant-purpose"), keys(assessment.unmetGates()));
    }

    @Test
    void every_gate_is_met_and_every_item_is_met_is_ready() {
        Assessment assessment = personal(5, answered(itemsOf(catalog.readinessSections().stream()
                .map(ReadinessSection::key).toArray(String[]::new)), ALL_YES_OF_5), EVERY_SECTION);

        assertEquals(Decision.READY, assessment.decision());
        assertEquals(List.of(), assessment.verdict().reasons());
    }

    @Test
    void a_score_exactly_at_the_readiness_threshold_is_ready_and_one_point_short_is_not() {
        List<String> scope = List.of("fundamentals", "strategic-themes", "legitimacy", "time-and-recognition",
                "middle-managers");
        ChecklistFigures figures = ChecklistFigures.personal(5,
                answered(itemsOf("fundamentals", "strategic-themes", "legitimacy", "time-and-recognition"), ALL_YES_OF_5),
                scope);

        Assessment atThreshold = assessor.assess(figures, new Rules(50, 75, 3));
        Assessment belowThreshold = assessor.assess(figures, new Rules(50, 76, 3));

        assertEquals(Optional.of(Share.of(3, 4)), atThreshold.score());
        assertEquals(Decision.READY, atThreshold.decision());
        assertEquals(List.of(new Reason.ScoreBelow(Share.of(3, 4), 76)), belowThreshold.verdict().reasons());
    }

    @Test
    void nobody_answered_is_not_yet_for_that_reason_alone() {
        Assessment assessment = personal(0, Map.of(), EVERY_SECTION);

        assertEquals(new Verdict(Decision.NOT_YET, List.of(new Reason.NoAnswers())), assessment.verdict());
        assertTrue(assessment.items().stream().allMatch(item -> item.state() == ItemState.NOT_ASSESSED));
        assertEquals(Optional.of(Share.NONE), assessment.score());
    }

    @Test
    void answers_only_outside_the_scope_are_no_answers() {
        Assessment assessment = personal(5, answered(itemsOf("legitimacy"), ALL_YES_OF_5), FUNDAMENTALS);

        assertEquals(List.of(new Reason.NoAnswers()), assessment.verdict().reasons());
    }

    @Test
    void an_empty_scope_is_every_section_in_catalog_order() {
        Assessment assessment = personal(0, Map.of(), EVERY_SECTION);

        assertEquals(catalog.readinessItems(), assessment.items().stream().map(AssessedItem::item).toList());
        assertEquals(Arrays.asList(Recommendation.values()),
                assessment.recommendations().stream().map(RecommendationScore::recommendation).toList());
    }

    @Test
    void items_outside_the_scope_neither_count_nor_block() {
        Map<String, AnswerCounts> counts = answered(itemsOf("fundamentals", "strategic-themes"), ALL_YES_OF_5);
        counts.put("coach", new AnswerCounts(0, 0, 5, 0));

        Assessment assessment = personal(5, counts, List.of("strategic-themes", "fundamentals"));

        assertEquals(List.of("facilitating-environment", "relevant-purpose", "satisfactory-integration", "strategic-focus"),
                keys(assessment.items()));
        assertEquals(List.of(Recommendation.STRATEGIC_THEMES),
                assessment.recommendations().stream().map(RecommendationScore::recommendation).toList());
        assertEquals(Optional.empty(), assessment.item("coach"));
        assertEquals(Decision.READY, assessment.decision());
    }

    @Test
    void one_of_the_two_resource_sections_in_scope_is_the_whole_recommendation_in_scope() {
        Assessment assessment = personal(5, answered(itemsOf("technical-resources"), ALL_YES_OF_5),
                List.of("fundamentals", "technical-resources"));

        RecommendationScore resources = assessment.recommendations().get(0);
        assertEquals(Recommendation.HUMAN_AND_TECHNICAL_RESOURCES, resources.recommendation());
        assertEquals(5, resources.total());
        assertEquals(Share.ALL, resources.share());
    }

    @Test
    void a_scope_naming_an_unknown_section_ignores_it() {
        Assessment assessment = personal(3, answered(itemsOf("fundamentals"), new AnswerCounts(3, 0, 0, 0)),
                List.of("fundamentals", "no-such-section"));

        assertEquals(3, assessment.items().size());
        assertEquals(Decision.READY, assessment.decision());
    }

    @Test
    void a_gate_the_members_do_not_know_says_so_in_its_reason() {
        Map<String, AnswerCounts> counts = answered(itemsOf("fundamentals"), ALL_YES_OF_5);
        counts.put("satisfactory-integration", new AnswerCounts(1, 0, 0, 4));

        Assessment assessment = personal(5, counts, FUNDAMENTALS);

        assertEquals(List.of(new Reason.GateNotMet("satisfactory-integration", ItemState.UNKNOWN)),
                assessment.verdict().reasons());
    }

    @Test
    void in_shared_mode_the_team_answer_decides_and_there_is_no_quorum() {
        Map<String, Answer> team = new HashMap<>();
        catalog.readinessItems().forEach(item -> team.put(item.key(), Answer.YES));

        Assessment assessment = assessor.assess(ChecklistFigures.shared(team, EVERY_SECTION), Rules.DEFAULT);

        assertTrue(assessment.shared());
        assertEquals(Decision.READY, assessment.decision());
        AssessedItem coach = assessment.item("coach").orElseThrow();
        assertEquals(Optional.of(Answer.YES), coach.teamAnswer());
        assertEquals(AnswerCounts.NONE, coach.counts());
        assertEquals(Optional.empty(), coach.agreement());
    }

    @Test
    void in_shared_mode_partly_no_unknown_and_none_are_not_met() {
        Map<String, Answer> team = new HashMap<>();
        catalog.readinessItems().forEach(item -> team.put(item.key(), Answer.YES));
        team.put("facilitating-environment", Answer.PARTLY);
        team.put("relevant-purpose", Answer.UNKNOWN);
        team.remove("satisfactory-integration");
        team.put("coach", Answer.NO);

        Assessment assessment = assessor.assess(ChecklistFigures.shared(team, EVERY_SECTION), Rules.DEFAULT);

        assertEquals(List.of(
                new Reason.GateNotMet("facilitating-environment", ItemState.NOT_MET),
                new Reason.GateNotMet("relevant-purpose", ItemState.UNKNOWN),
                new Reason.GateNotMet("satisfactory-integration", ItemState.NOT_ASSESSED)), assessment.verdict().reasons());
        assertEquals(ItemState.NOT_MET, assessment.item("coach").orElseThrow().state());
        assertEquals(Optional.of(Answer.NONE), assessment.item("satisfactory-integration").orElseThrow().teamAnswer());
        // resources 9 of 10, the other four all met: (1 + 9/10 + 1 + 1 + 1) / 5
        assertEquals(Optional.of(Share.of(49, 50)), assessment.score());
    }

    @Test
    void a_team_that_answered_nothing_in_scope_has_no_answers() {
        Assessment assessment = assessor.assess(
                ChecklistFigures.shared(Map.of("coach", Answer.YES), FUNDAMENTALS), Rules.DEFAULT);

        assertEquals(List.of(new Reason.NoAnswers()), assessment.verdict().reasons());
    }

    @Test
    void blocking_items_come_first_unmet_gates_then_split_unknown_and_too_few_then_the_rest_in_catalog_order() {
        Map<String, AnswerCounts> counts = answered(itemsOf("fundamentals"), ALL_YES_OF_5);
        counts.put("relevant-purpose", new AnswerCounts(2, 0, 3, 0));             // a split gate: an unmet gate first
        counts.put("threatened-manager-vigilance", new AnswerCounts(0, 0, 1, 0)); // too few
        counts.put("open-call-tools", new AnswerCounts(1, 0, 0, 2));              // unknown
        counts.put("coach", new AnswerCounts(3, 0, 2, 0));                        // split
        counts.put("groupware", new AnswerCounts(1, 0, 0, 4));                    // unknown
        counts.put("facilitator", new AnswerCounts(0, 0, 5, 0));                  // not met, not blocking

        Assessment assessment = personal(5, counts, EVERY_SECTION);

        List<String> order = keys(assessment.blockingFirst());
        assertEquals(List.of("relevant-purpose", "coach", "groupware", "open-call-tools", "threatened-manager-vigilance",
                "facilitating-environment", "satisfactory-integration", "strategic-focus", "facilitator"),
                order.subList(0, 9));
        assertEquals(19, order.size());
        assertEquals(5, assessment.items().stream().filter(AssessedItem::isBlocking).count());
    }

    /** The worked example of the README: four members, quorum 3, majority 50 %, readiness 75 %. */
    @Test
    void the_readme_worked_example() {
        Map<String, AnswerCounts> counts = new HashMap<>();
        counts.put("facilitating-environment", new AnswerCounts(3, 1, 0, 0));
        counts.put("relevant-purpose", new AnswerCounts(2, 1, 1, 0));
        counts.put("satisfactory-integration", new AnswerCounts(2, 0, 2, 0));
        counts.put("strategic-focus", new AnswerCounts(4, 0, 0, 0));
        counts.putAll(answered(itemsOf("human-resources"), new AnswerCounts(3, 0, 1, 0)));
        counts.putAll(answered(itemsOf("technical-resources"), new AnswerCounts(1, 0, 3, 0)));
        counts.put("legitimate-structure", new AnswerCounts(1, 0, 0, 3));
        counts.put("member-time-allocated", new AnswerCounts(3, 1, 0, 0));
        counts.put("participation-recognised", new AnswerCounts(2, 2, 0, 0));
        counts.put("middle-managers-informed", new AnswerCounts(4, 0, 0, 0));
        counts.put("threatened-manager-vigilance", new AnswerCounts(1, 0, 1, 0));

        Assessment assessment = personal(4, counts, EVERY_SECTION);

        assertEquals(state(ItemState.MET, 88), view(assessment, "facilitating-environment"));
        assertEquals(state(ItemState.MET, 63), view(assessment, "relevant-purpose"));
        assertEquals(state(ItemState.SPLIT, 50), view(assessment, "satisfactory-integration"));
        assertEquals(state(ItemState.MET, 100), view(assessment, "strategic-focus"));
        assertEquals(state(ItemState.MET, 75), view(assessment, "coach"));
        assertEquals(state(ItemState.NOT_MET, 25), view(assessment, "groupware"));
        assertEquals(state(ItemState.UNKNOWN, 100), view(assessment, "legitimate-structure"));
        assertEquals(state(ItemState.MET, 88), view(assessment, "member-time-allocated"));
        assertEquals(state(ItemState.MET, 75), view(assessment, "participation-recognised"));
        assertEquals(state(ItemState.MET, 100), view(assessment, "middle-managers-informed"));
        assertEquals(state(ItemState.TOO_FEW, 50), view(assessment, "threatened-manager-vigilance"));

        assertEquals(List.of("1/1", "5/10", "0/1", "2/2", "1/2"), assessment.recommendations().stream()
                .map(r -> r.met() + "/" + r.total()).toList());
        assertEquals(Optional.of(Share.of(3, 5)), assessment.score());
        assertEquals(60, assessment.score().orElseThrow().percent());
        assertEquals(new Verdict(Decision.NOT_YET, List.of(
                new Reason.GateNotMet("satisfactory-integration", ItemState.SPLIT),
                new Reason.ScoreBelow(Share.of(3, 5), 75))), assessment.verdict());
        assertEquals(List.of("satisfactory-integration", "legitimate-structure", "threatened-manager-vigilance",
                "facilitating-environment"), keys(assessment.blockingFirst()).subList(0, 4));
    }

    /** The README shows the example above: its table rows, its score and its verdict are these figures. */
    @Test
    void the_readme_shows_the_worked_example_with_these_figures() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));

        for (String row : List.of(
                "| facilitating-environment (fundamental) | 3 / 1 / 0 / 0 | met (88 %) |",
                "| relevant-purpose (fundamental) | 2 / 1 / 1 / 0 | met (63 %) |",
                "| satisfactory-integration (fundamental) | 2 / 0 / 2 / 0 | **split**",
                "| the 5 technical-resources items | 1 / 0 / 3 / 0 each | not met (25 %) |",
                "| threatened-manager-vigilance | 1 / 0 / 1 / 0 | **too few opinions** (2 < quorum 3) |",
                "Score = (100 + 50 + 0 + 100 + 50) / 5 = **60 %**",
                "Verdict: **not yet**")) {
            assertTrue(readme.contains(row), "README.md lacks: " + row);
        }
    }

    private static String state(ItemState state, int agreementPercent) {
        return state + " " + agreementPercent;
    }

    private static String view(Assessment assessment, String key) {
        AssessedItem item = assessment.item(key).orElseThrow();
        return state(item.state(), item.agreement().orElseThrow().percent());
    }
}
