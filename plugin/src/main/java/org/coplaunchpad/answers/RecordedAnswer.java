package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of an answer after a tick, read inside the recording transaction. {@code changed} is false when the
 * tick repeated the current state. {@code answeredBy}/{@code answeredAt} are empty for an item nobody has ever
 * ticked. {@code agreement} is the item's new figures for a member's answer, empty for the team's answer.
 */
public record RecordedAnswer(boolean changed, boolean checked, Optional<String> answeredBy, Optional<Instant> answeredAt,
                             Optional<Agreement> agreement) {
}
