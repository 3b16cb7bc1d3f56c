package org.coplaunchpad.velocity;

import java.util.List;

/** A view model as the app passes them to templates (public: Velocity only calls public classes' methods). */
public final class PanelView {

    private final String title;
    private final List<ItemView> items;

    public PanelView(String title, List<ItemView> items) {
        this.title = title;
        this.items = items;
    }

    public String getTitle() {
        return title;
    }

    public List<ItemView> getItems() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public String getNoteHtml() {
        return "<em>note</em>";
    }

    public String getTitleHtml() {
        return "<b>" + title + "</b>";
    }

    public String renderSummary() {
        return "<p>summary</p>";
    }

    public String label(String prefix) {
        return prefix + ": " + title;
    }

    public String getSecret() {
        return "<secret>";
    }
}
