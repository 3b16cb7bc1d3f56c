package org.coplaunchpad.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checklist judged: its items in scope (catalog order), its recommendations in scope (seed order), the score (the
 * mean of their shares, exact; empty when no recommendation is in scope, shown as « — ») and the verdict.
 */
public record Assessment(boolean shared, int respondents, Rules rules, List<AssessedItem> items,
                         List<RecommendationScore> recommendations, Optional<Share> score, Verdict verdict) {
    public Assessment {
        Objects.requireNonNull(rules, "rules");
        items = List.copyOf(items);
        recommendations = List.copyOf(recommendations);
        Objects.requireNonNull(score, "score must be Optional.empty(), not null");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** The fundamental conditions in scope. */
    public List<AssessedItem> gates() {
        return items.stream().filter(AssessedItem::isGate).toList();
    }

    public List<AssessedItem> unmetGates() {
        return gates().stream().filter(gate -> !gate.state().isMet()).toList();
    }

    /** For display: unmet gates, then split, unknown and too-few items, then the rest; catalog order within each. */
    public List<AssessedItem> blockingFirst() {
        return items.stream().sorted(Comparator.comparingInt(AssessedItem::blockingRank)).toList();
    }

    public Optional<AssessedItem> item(String key) {
        return items.stream().filter(item -> item.key().equals(key)).findFirst();
    }

    public Decision decision() {
        return verdict.decision();
    }

    /** Items met in scope, of {@link #items()}'s size (a figure to show; the score is per recommendation). */
    public int met() {
        return (int) items.stream().filter(item -> item.state().isMet()).count();
    }
}
