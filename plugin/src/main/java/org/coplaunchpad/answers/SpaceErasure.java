package org.coplaunchpad.answers;

import org.springframework.stereotype.Component;

/** Forgets a space: its answers, their history, its settings, its registered checklists, its rounds, its decisions and its action plans, in one transaction. */
@Component
public class SpaceErasure {
    private final AnswerStore answers;
    private final LaunchSettingsStore settings;
    private final RegistryStore registry;
    private final RoundStore rounds;
    private final DecisionStore decisions;
    private final ActionStore actions;
    private final OverviewSummaries summaries;

    public SpaceErasure(OverviewSummaries summaries, AnswerStore answers, LaunchSettingsStore settings,
                        RegistryStore registry, RoundStore rounds, DecisionStore decisions, ActionStore actions) {
        this.actions = actions;
        this.decisions = decisions;
        this.rounds = rounds;
        this.summaries = summaries;
        this.answers = answers;
        this.settings = settings;
        this.registry = registry;
    }

    /** Returns the rows deleted. */
    public int forget(String spaceKey) {
        // Its summary rows go too: nothing of the space is left to list.
        return summaries.ofSpaces("forget a space", java.util.List.of(spaceKey), () -> answers.deleteSpace(spaceKey) + settings.deleteSpace(spaceKey)
                + registry.deleteSpace(spaceKey) + rounds.deleteSpace(spaceKey) + decisions.deleteSpace(spaceKey)
                + actions.deleteSpace(spaceKey));
    }
}
