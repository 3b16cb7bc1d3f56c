package com.atlassian.confluence.macro;

/** confluence-api.md §2.1 MacroExecutionException (class extends Exception, 4 constructors). */
public class MacroExecutionException extends Exception {
    public MacroExecutionException() {
        super();
    }

    public MacroExecutionException(String message) {
        super(message);
    }

    public MacroExecutionException(String message, Throwable cause) {
        super(message, cause);
    }

    public MacroExecutionException(Throwable cause) {
        super(cause);
    }
}
