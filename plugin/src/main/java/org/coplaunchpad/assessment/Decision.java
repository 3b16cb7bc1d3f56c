package org.coplaunchpad.assessment;

/** The suggested decision; the reasons say why it is not READY. */
public enum Decision {
    READY,
    NOT_YET,
    /** No fundamental condition is in scope, so the gates cannot say whether the community may start. */
    CANNOT_DECIDE
}
