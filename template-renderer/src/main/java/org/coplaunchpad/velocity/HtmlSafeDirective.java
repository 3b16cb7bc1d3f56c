package org.coplaunchpad.velocity;

/** {@code #htmlSafe()}: the template opts in to Confluence's automatic HTML encoding of references. */
public final class HtmlSafeDirective extends AntiXssDirective {

    static final String NAME = "htmlSafe";

    @Override
    public String getName() {
        return NAME;
    }
}
