package org.coplaunchpad.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.assessment.Decision;

/**
 * What a recorded decision must carry, as pure rules (no Confluence, no database): a rationale when the decision
 * differs from the suggestion and always for abandon; conditions, one per line, with launch-with-conditions and only
 * with it. Texts are plain: line ends become LF, control characters other than tab and line end are dropped (a NUL
 * cannot even be stored on PostgreSQL), and each text is trimmed; nothing is ever cut, too long is refused.
 */
public final class DecisionRules {
    public static final int MAX_RATIONALE_LENGTH = 10_000;
    public static final int MAX_CONDITIONS = 20;
    public static final int MAX_CONDITION_LENGTH = 500;

    /** C0 controls but tab and LF, and DEL: invisible in a text, and PostgreSQL refuses a NUL in any string. */

    private DecisionRules() {
    }

    /** Why a decision is refused; each has a text in the viewer's language. */
    public enum Refusal {
        UNKNOWN_DECISION, RATIONALE_REQUIRED, RATIONALE_REQUIRED_FOR_ABANDON, RATIONALE_TOO_LONG,
        CONDITIONS_REQUIRED, CONDITIONS_ONLY_WITH_CONDITIONS, TOO_MANY_CONDITIONS, CONDITION_TOO_LONG,
        NO_CLOSED_ROUND, ROUND_CLOSED_MEANWHILE
    }

    /** A form whose texts are well formed, before the round's suggestion is known. */
    public record Checked(LaunchDecision decision, String rationale, List<String> conditions) {
        public Checked {
            conditions = List.copyOf(conditions);
        }
    }

    /** The form's decision and texts, or why they are refused whatever the round's figures. */
    public static Result check(DecisionForm form) {
        Optional<LaunchDecision> decision = LaunchDecision.fromKey(form.decision().trim());
        if (decision.isEmpty()) {
            return Result.refused(Refusal.UNKNOWN_DECISION);
        }
        String rationale = plain(form.rationale());
        if (rationale.codePointCount(0, rationale.length()) > MAX_RATIONALE_LENGTH) {
            return Result.refused(Refusal.RATIONALE_TOO_LONG);
        }
        if (decision.get() == LaunchDecision.ABANDON && rationale.isEmpty()) {
            return Result.refused(Refusal.RATIONALE_REQUIRED_FOR_ABANDON);
        }
        List<String> conditions = new ArrayList<>();
        for (String line : plain(form.conditions()).split("\n")) {
            if (!line.isBlank()) {
                conditions.add(line.trim());
            }
        }
        if (decision.get() == LaunchDecision.LAUNCH_WITH_CONDITIONS && conditions.isEmpty()) {
            return Result.refused(Refusal.CONDITIONS_REQUIRED);
        }
        if (decision.get() != LaunchDecision.LAUNCH_WITH_CONDITIONS && !conditions.isEmpty()) {
            return Result.refused(Refusal.CONDITIONS_ONLY_WITH_CONDITIONS);
        }
        if (conditions.size() > MAX_CONDITIONS) {
            return Result.refused(Refusal.TOO_MANY_CONDITIONS);
        }
        if (conditions.stream().anyMatch(line -> line.codePointCount(0, line.length()) > MAX_CONDITION_LENGTH)) {
            return Result.refused(Refusal.CONDITION_TOO_LONG);
        }
        return new Result(Optional.of(new Checked(decision.get(), rationale, conditions)), Optional.empty());
    }

    /** Once the round is known: a decision that differs from its suggestion needs a rationale. */
    public static Optional<Refusal> onRound(Checked checked, Decision suggested) {
        return checked.decision().follows(suggested) || !checked.rationale().isEmpty() ? Optional.empty()
                : Optional.of(Refusal.RATIONALE_REQUIRED);
    }

    private static String plain(String text) {
        return org.coplaunchpad.answers.PlainText.of(text);
    }

    /** Either the checked form or why it is refused. */
    public record Result(Optional<Checked> checked, Optional<Refusal> refusal) {
        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), Optional.of(refusal));
        }
    }
}
