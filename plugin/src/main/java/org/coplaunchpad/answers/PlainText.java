package org.coplaunchpad.answers;

import java.util.regex.Pattern;

/**
 * Plain text as people type it into the app (a reason, a rationale, a condition, an action's description), made fit
 * to keep: line ends become LF, control characters other than tab and LF are dropped (PostgreSQL refuses a NUL in a
 * text column, where H2 and MariaDB keep it), and the text is trimmed. Nothing else is changed, and nothing is cut.
 */
public final class PlainText {
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");

    private PlainText() {
    }

    public static String of(String typed) {
        return typed == null ? "" : CONTROL.matcher(typed.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("")
                .strip();
    }
}
