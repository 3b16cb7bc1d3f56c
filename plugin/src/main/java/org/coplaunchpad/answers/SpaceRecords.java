package org.coplaunchpad.answers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a space and its checklists have on record besides their answers: the space's registered pages (in the order
 * of registration) and the moves refused from or to it (oldest first), its thresholds and their changes (newest
 * first), and each checklist's open round, closed rounds (oldest first, with their frozen figures), launch
 * decisions (newest first) and plan (actions not deleted, oldest first, with their histories). The same values
 * {@link RegistryStore}, {@link LaunchSettingsStore}, {@link RoundStore}, {@link DecisionStore} and {@link ActionStore} give, read for every
 * checklist of the space at once (see {@link FigureStore#records}).
 */
public final class SpaceRecords {
    /** A checklist that never had a round row is in round 1, without a deadline (as {@link RoundStore#openRound}). */
    static final RoundStore.OpenRound FIRST_ROUND = new RoundStore.OpenRound(1, Optional.empty(), Optional.empty());

    private final List<RegisteredPage> registeredPages;
    private final List<RefusedMove> refusedMoves;
    private final LaunchThresholds thresholds;
    private final List<ThresholdChange> thresholdChanges;
    private final Map<String, RoundStore.OpenRound> openRounds;
    private final Map<String, List<RoundStore.ClosedRound>> closedRounds;
    private final Map<String, List<RecordedDecision>> decisions;
    private final Map<String, List<PlannedAction>> plans;

    SpaceRecords(List<RegisteredPage> registeredPages, List<RefusedMove> refusedMoves, LaunchThresholds thresholds,
                 List<ThresholdChange> thresholdChanges,
                 Map<String, RoundStore.OpenRound> openRounds, Map<String, List<RoundStore.ClosedRound>> closedRounds,
                 Map<String, List<RecordedDecision>> decisions, Map<String, List<PlannedAction>> plans) {
        this.registeredPages = List.copyOf(registeredPages);
        this.refusedMoves = List.copyOf(refusedMoves);
        this.thresholds = thresholds;
        this.thresholdChanges = List.copyOf(thresholdChanges);
        this.openRounds = Map.copyOf(openRounds);
        this.closedRounds = copy(closedRounds);
        this.decisions = copy(decisions);
        this.plans = copy(plans);
    }

    private static <T> Map<String, List<T>> copy(Map<String, List<T>> byChecklist) {
        return byChecklist.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> List.copyOf(entry.getValue())));
    }

    /** What {@link RegistryStore#space} reads: the checklists the registry knows are made of them. */
    public List<RegisteredPage> registeredPages() {
        return registeredPages;
    }

    public List<RefusedMove> refusedMoves() {
        return refusedMoves;
    }

    /** The space's thresholds: the defaults unless its administrators changed them. */
    public LaunchThresholds thresholds() {
        return thresholds;
    }

    public List<ThresholdChange> thresholdChanges() {
        return thresholdChanges;
    }

    public RoundStore.OpenRound openRound(String checklist) {
        return openRounds.getOrDefault(checklist, FIRST_ROUND);
    }

    public List<RoundStore.ClosedRound> closedRounds(String checklist) {
        return closedRounds.getOrDefault(checklist, List.of());
    }

    public List<RecordedDecision> decisions(String checklist) {
        return decisions.getOrDefault(checklist, List.of());
    }

    public List<PlannedAction> plan(String checklist) {
        return plans.getOrDefault(checklist, List.of());
    }
}
