package org.coplaunchpad.decision;

import java.util.Arrays;
import java.util.Optional;
import org.coplaunchpad.assessment.Decision;

/**
 * What the sponsor and the space's administrators decide on a closed round: launch, launch on conditions, not yet,
 * or abandon. The app's suggestion maps to them: ready ↔ launch or launch with conditions; not ready ↔ not yet or
 * abandon; when the app cannot decide, no decision follows it.
 */
public enum LaunchDecision {
    LAUNCH("launch"),
    LAUNCH_WITH_CONDITIONS("launch-with-conditions"),
    NOT_YET("not-yet"),
    ABANDON("abandon");

    private final String key;

    LaunchDecision(String key) {
        this.key = key;
    }

    /** The decision's key in the form, storage, texts, CSS and the markup contract. */
    public String key() {
        return key;
    }

    public static Optional<LaunchDecision> fromKey(String key) {
        return Arrays.stream(values()).filter(decision -> decision.key.equals(key)).findFirst();
    }

    /** Whether deciding this follows what the figures suggested. */
    public boolean follows(Decision suggested) {
        return switch (suggested) {
            case READY -> this == LAUNCH || this == LAUNCH_WITH_CONDITIONS;
            case NOT_YET -> this == NOT_YET || this == ABANDON;
            case CANNOT_DECIDE -> false;
        };
    }

    /** The suggestion as a frozen round stores it (ready, not-yet, cannot-decide). */
    public static Decision suggestion(String storedKey) {
        return switch (storedKey == null ? "" : storedKey) {
            case "ready" -> Decision.READY;
            case "not-yet" -> Decision.NOT_YET;
            default -> Decision.CANNOT_DECIDE;
        };
    }
}
