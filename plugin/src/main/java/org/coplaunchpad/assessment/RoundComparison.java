package org.coplaunchpad.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How one round's items compare with the previous round's, item by item. The states are ranked in three steps:
 * <ol>
 *     <li>{@link ItemState#NOT_ASSESSED} (nobody answered) — the lowest;</li>
 *     <li>{@link ItemState#UNKNOWN}, {@link ItemState#TOO_FEW}, {@link ItemState#SPLIT} and {@link ItemState#NOT_MET}
 *     — answered, but not met: one step, because none of them says the item is nearer to being met than another
 *     (a split community is not closer to agreement than one that does not know);</li>
 *     <li>{@link ItemState#MET} — the highest, the only state that scores.</li>
 * </ol>
 * An item is {@link Change#BETTER} when its state rose a step, {@link Change#WORSE} when it fell, {@link Change#SAME}
 * when it stayed on its step (not-met to split is the same). An item of the later round outside the earlier round's
 * scope was {@link Change#NOT_ASKED_THEN}; an item of the earlier round outside the later one's is
 * {@link Change#NOT_ASKED_NOW}. Pure: plain values in, plain values out.
 */
public final class RoundComparison {
    private RoundComparison() {
    }

    /** What became of one item between two rounds. */
    public enum Change {
        BETTER, WORSE, SAME, NOT_ASKED_THEN, NOT_ASKED_NOW;

        /** better, worse, same, not-asked-then, not-asked-now: the key in texts, CSS and the markup contract. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One item's states in the earlier round ({@code before}) and the later one ({@code after}), and the change. */
    public record ItemChange(String itemKey, Optional<ItemState> before, Optional<ItemState> after, Change change) {
    }

    /** 0 not assessed, 1 answered but not met (unknown, too few, split, not met), 2 met. */
    public static int rank(ItemState state) {
        return switch (state) {
            case NOT_ASSESSED -> 0;
            case UNKNOWN, TOO_FEW, SPLIT, NOT_MET -> 1;
            case MET -> 2;
        };
    }

    /** Better, worse or the same, by {@link #rank}. */
    public static Change change(ItemState before, ItemState after) {
        int difference = rank(after) - rank(before);
        return difference > 0 ? Change.BETTER : difference < 0 ? Change.WORSE : Change.SAME;
    }

    /**
     * Compares two rounds given as their items' states in scope (item key to state, in the order to show). The
     * later round's items come first, in its order; then those only the earlier round asked, in the earlier order.
     */
    public static List<ItemChange> compare(Map<String, ItemState> earlier, Map<String, ItemState> later) {
        List<ItemChange> changes = new ArrayList<>();
        later.forEach((key, after) -> {
            ItemState before = earlier.get(key);
            changes.add(before == null ? new ItemChange(key, Optional.empty(), Optional.of(after), Change.NOT_ASKED_THEN)
                    : new ItemChange(key, Optional.of(before), Optional.of(after), change(before, after)));
        });
        earlier.forEach((key, before) -> {
            if (!later.containsKey(key)) {
                changes.add(new ItemChange(key, Optional.of(before), Optional.empty(), Change.NOT_ASKED_NOW));
            }
        });
        return List.copyOf(changes);
    }

    /** How many items had each change, every change present (0 when none), in the enum's order. */
    public static Map<Change, Integer> tally(List<ItemChange> changes) {
        Map<Change, Integer> tally = new LinkedHashMap<>();
        for (Change change : Change.values()) {
            tally.put(change, (int) changes.stream().filter(item -> item.change() == change).count());
        }
        return tally;
    }
}
