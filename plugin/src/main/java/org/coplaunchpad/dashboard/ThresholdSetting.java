package org.coplaunchpad.dashboard;

import java.util.List;
import java.util.Optional;
import org.coplaunchpad.answers.LaunchSettingsStore;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.OverviewSummaries;
import org.springframework.stereotype.Component;

/**
 * A space administrator sets the space's majority, readiness threshold and quorum from the dashboard's form: saved,
 * when they are valid, in one transaction with the summaries of the space's checklists (their suggestions follow
 * the thresholds).
 */
@Component
public class ThresholdSetting {
    private final LaunchSettingsStore settings;
    private final OverviewSummaries summaries;

    public ThresholdSetting(LaunchSettingsStore settings, OverviewSummaries summaries) {
        this.settings = settings;
        this.summaries = summaries;
    }

    /** Saved, or refused with the form's values to show again. */
    public sealed interface Outcome permits Saved, Refused {
    }

    public record Saved(LaunchThresholds thresholds) implements Outcome {
    }

    /** Not valid thresholds: nothing was saved. The values as typed (empty for none sent), the quorum filled in. */
    public record Refused(String majority, String readiness, String quorum) implements Outcome {
    }

    /**
     * The form's values as sent (null for a field not sent). A form without the quorum (a script written for an
     * earlier release) keeps the stored one.
     */
    public Outcome save(String spaceKey, String majority, String readiness, String quorum, String by) {
        String kept = quorum != null ? quorum : Integer.toString(settings.thresholds(spaceKey).quorum());
        Optional<LaunchThresholds> thresholds = LaunchThresholds.parse(majority, readiness, kept);
        if (thresholds.isEmpty()) {
            return new Refused(majority == null ? "" : majority, readiness == null ? "" : readiness, kept);
        }
        summaries.ofSpaces("save the thresholds of a space", List.of(spaceKey), () -> {
            settings.saveThresholds(spaceKey, thresholds.get(), by);
            return null;
        });
        return new Saved(thresholds.get());
    }
}
