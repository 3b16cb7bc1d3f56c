package org.coplaunchpad.answers;

import java.util.Optional;

/** A member's own answer to one item as their page shows it: the answer, their reason, and whether it was a tick. */
public record MemberAnswer(Answer answer, Optional<String> reason, boolean givenAsTick) {
}
