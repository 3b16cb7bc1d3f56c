package org.coplaunchpad.answers;

import org.springframework.stereotype.Component;

/** Forgets a space: its answers, their history and its settings, in one transaction (all or nothing). */
@Component
public class SpaceErasure {
    private final Transactions transactions;
    private final AnswerStore answers;
    private final LaunchSettingsStore settings;

    public SpaceErasure(Transactions transactions, AnswerStore answers, LaunchSettingsStore settings) {
        this.transactions = transactions;
        this.answers = answers;
        this.settings = settings;
    }

    /** Returns the rows deleted. */
    public int forget(String spaceKey) {
        return transactions.write("forget a space", () -> answers.deleteSpace(spaceKey) + settings.deleteSpace(spaceKey));
    }
}
