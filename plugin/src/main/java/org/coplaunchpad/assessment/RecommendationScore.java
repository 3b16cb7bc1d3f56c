package org.coplaunchpad.assessment;

import java.util.List;
import java.util.Objects;

/** One recommendation in scope: its items in scope (catalog order) and its share of them met (unanswered: not met). */
public record RecommendationScore(Recommendation recommendation, List<AssessedItem> items) {
    public RecommendationScore {
        Objects.requireNonNull(recommendation, "recommendation");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("A recommendation in scope has at least one item in scope");
        }
    }

    public int met() {
        return (int) items.stream().filter(item -> item.state().isMet()).count();
    }

    public int total() {
        return items.size();
    }

    public Share share() {
        return Share.of(met(), total());
    }
}
