package org.coplaunchpad.dashboard;

/** "Se décider": ready to launch, or not yet. */
public enum LaunchDecision {
    READY,
    NOT_YET;

    public String key() {
        return this == READY ? "ready" : "not-yet";
    }
}
