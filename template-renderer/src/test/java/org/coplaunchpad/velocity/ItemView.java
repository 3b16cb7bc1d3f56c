package org.coplaunchpad.velocity;

/** One row of a {@link PanelView}. */
public record ItemView(String key, String label) {

    public String getLabel() {
        return label;
    }
}
