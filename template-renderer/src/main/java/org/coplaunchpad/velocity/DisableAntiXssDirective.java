package org.coplaunchpad.velocity;

/** {@code #disableAntiXss()}: the template opts out of automatic HTML encoding, even if named *.html.vm. */
public final class DisableAntiXssDirective extends AntiXssDirective {

    static final String NAME = "disableAntiXss";

    @Override
    public String getName() {
        return NAME;
    }
}
