package org.coplaunchpad.answers;

import java.util.Optional;

/**
 * A reason as a member types it, made what is stored ({@link PlainText}: line breaks as LF — a browser sends CRLF —,
 * control characters dropped, surrounding blanks
 * removed, empty meaning "no reason". Longer than {@link #MAX_CODE_POINTS} code points is refused, never cut.
 */
public final class AnswerReason {
    public static final int MAX_CODE_POINTS = 500;

    private AnswerReason() {
    }

    /** The reason to store (empty: none), or {@link Optional#empty()} inside {@code Result} when too long. */
    public static Result normalise(String typed) {
        String text = PlainText.of(typed);
        int length = text.codePointCount(0, text.length());
        return length > MAX_CODE_POINTS ? new Result(Optional.empty(), length, false) : new Result(
                text.isEmpty() ? Optional.empty() : Optional.of(text), length, true);
    }

    /** {@code reason} is what to store when {@code accepted}; {@code codePoints} is the normalised length. */
    public record Result(Optional<String> reason, int codePoints, boolean accepted) {
    }
}
