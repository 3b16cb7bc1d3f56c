package org.coplaunchpad.checklist;

import java.util.Optional;
import java.util.regex.Pattern;
import org.coplaunchpad.answers.AnswerKey;

/** The name that keeps a space's checklists apart ({@code checklist} parameter), e.g. "readiness" or "launch-2027". */
public final class ChecklistName {
    public static final String DEFAULT = "readiness";
    /** Letters, digits, dash, underscore and dot: safe in URLs, CSV and storage format, and stable as a key. */
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,59}");

    private ChecklistName() {
    }

    /** The checklist name for a parameter value: blank means the default; an invalid name is empty. */
    public static Optional<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(DEFAULT);
        }
        String name = value.trim();
        return VALID.matcher(name).matches() && name.length() <= AnswerKey.MAX_CHECKLIST_LENGTH
                ? Optional.of(name) : Optional.empty();
    }

    public static String rule() {
        return "1-60 letters, digits, '.', '_' or '-', starting with a letter or digit";
    }
}
