package org.coplaunchpad.macro;

/** What the inline AUI error message of a macro shows. Immutable. */
public final class MacroErrorView {
    private final String title;
    private final String message;

    public MacroErrorView(String title, String message) {
        this.title = title;
        this.message = message;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }
}
