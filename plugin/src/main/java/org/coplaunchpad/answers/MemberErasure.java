package org.coplaunchpad.answers;

import org.springframework.stereotype.Component;

/**
 * Forgets a member Confluence removed: their own answers, with their reasons, and the history of those answers, in
 * one transaction, with what closed rounds kept of their answers (the frozen counts stay: they are not personal). The team's answers they gave stay the team's: whoever gave them becomes "a former member"
 * ({@link AnswerKey#FORMER_MEMBER}), as do their entries in the team answers' history. The decisions they recorded,
 * the rounds they closed, the threshold changes they made and the actions they own or changed stay, by "a removed
 * user"; the actions they owned stay open, to be reassigned.
 */
@Component
public class MemberErasure {
    private final AnswerStore answers;
    private final RoundStore rounds;
    private final DecisionStore decisions;
    private final LaunchSettingsStore settings;
    private final ActionStore actions;
    private final OverviewSummaries summaries;

    public MemberErasure(OverviewSummaries summaries, AnswerStore answers, RoundStore rounds, DecisionStore decisions,
                         LaunchSettingsStore settings, ActionStore actions) {
        this.actions = actions;
        this.decisions = decisions;
        this.settings = settings;
        this.summaries = summaries;
        this.answers = answers;
        this.rounds = rounds;
    }

    /** Returns the rows deleted or made anonymous. */
    public int forget(String userKey) {
        // Only their answers change what the overview lists (their actions stay open, owned by nobody).
        return summaries.ofMember("forget a removed member", userKey, () -> answers.deleteMember(userKey)
                + rounds.deleteMember(userKey) + decisions.forgetDecider(userKey) + settings.forgetUser(userKey)
                + actions.forgetUser(userKey));
    }
}
