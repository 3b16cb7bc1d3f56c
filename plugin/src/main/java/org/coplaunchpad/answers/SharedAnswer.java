package org.coplaunchpad.answers;

import java.time.Instant;

/** The team's answer to one item in shared mode: ticked or not, by whom and when it was last changed. */
public record SharedAnswer(boolean checked, String answeredBy, Instant answeredAt) {
}
