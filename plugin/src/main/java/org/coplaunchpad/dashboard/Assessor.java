package org.coplaunchpad.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.ChecklistJudge;
import org.coplaunchpad.answers.ChecklistTally;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.assessment.Assessment;
import org.coplaunchpad.assessment.ChecklistAssessor;
import org.coplaunchpad.assessment.ChecklistFigures;
import org.coplaunchpad.assessment.Rules;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.registry.RegisteredChecklist;
import org.springframework.stereotype.Component;

/**
 * Hands a checklist's figures, as the database aggregated them, to the pure rules of {@code assessment/}: the one
 * way the dashboard, the overview (through its summary) and their downloads judge a checklist.
 */
@Component
public class Assessor implements ChecklistJudge {
    private final ChecklistAssessor rules;

    public Assessor(Catalog catalog) {
        this.rules = new ChecklistAssessor(catalog);
    }

    /**
     * A checklist of a known mode, judged on the sections in {@code scope} (its pages' sections; empty: every
     * section), so that items no page shows neither count nor block the decision.
     */
    public Assessment assess(ChecklistTally tally, LaunchThresholds thresholds, boolean shared, List<String> scope) {
        return assess(tally, thresholds, shared, scope, false);
    }

    /**
     * The same for a checklist that may be confidential: then an item needs at least three opinions before it can be
     * met, not met or split, whatever the quorum, so that no state stands for one or two members' answers.
     */
    public Assessment assess(ChecklistTally tally, LaunchThresholds thresholds, boolean shared, List<String> scope,
                             boolean confidential) {
        if (confidential && thresholds.quorum() < AnswerTexts.MIN_CONFIDENTIAL_OPINIONS) {
            thresholds = new LaunchThresholds(thresholds.majorityPercent(), thresholds.readinessPercent(),
                    AnswerTexts.MIN_CONFIDENTIAL_OPINIONS);
        }
        if (shared) {
            Map<String, Answer> team = new HashMap<>();
            tally.sharedByItem().forEach((item, answer) -> team.put(item, answer.answer()));
            return rules.assess(ChecklistFigures.shared(team, scope), Rules.of(thresholds));
        }
        return rules.assess(ChecklistFigures.personal(tally.respondents(), tally.countsByItem(), scope),
                Rules.of(thresholds));
    }

    /** The overview's summary: the checklist judged exactly as the dashboard lists it (mode, scope, confidentiality). */
    @Override
    public Judgement judge(ChecklistTally tally, List<RegisteredPage> pages, LaunchThresholds thresholds) {
        ListedChecklist listed = new ListedChecklist(tally, pages.isEmpty() ? Optional.empty()
                : Optional.of(new RegisteredChecklist(tally.spaceKey(), tally.checklist(), pages)), List.of());
        Assessment assessment = assess(tally, thresholds, listed.shared(), listed.scope(), listed.confidential());
        return new Judgement(assessment.score().map(share -> share.numerator()).orElse(0L),
                assessment.score().map(share -> share.denominator()).orElse(0L),
                DashboardService.decisionKey(assessment.decision()), listed.confidential());
    }
}
