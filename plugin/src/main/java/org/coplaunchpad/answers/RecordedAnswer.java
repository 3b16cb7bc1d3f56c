package org.coplaunchpad.answers;

import java.time.Instant;
import java.util.Optional;

/**
 * The state of an answer after a tick. {@code changed} is false when the tick repeated the current state.
 * {@code answeredBy}/{@code answeredAt} are empty for an item nobody has ever ticked.
 */
public record RecordedAnswer(boolean changed, boolean checked, Optional<String> answeredBy, Optional<Instant> answeredAt) {
}
