package org.coplaunchpad.benefits;

import java.util.List;
import java.util.Optional;
import org.coplaunchpad.catalog.BenefitCategory;
import org.coplaunchpad.catalog.BenefitItem;
import org.coplaunchpad.macro.Texts;

/** Everything the benefit panel template shows, in the viewer's language. Immutable. */
public final class BenefitsPanelView {
    private final String title;
    private final String layout;
    private final String language;
    private final List<BenefitListView> lists;
    private final String noteHtml;
    private final String noteLabel;

    private BenefitsPanelView(String title, String layout, String language, List<BenefitListView> lists,
                              String noteHtml, String noteLabel) {
        this.title = title;
        this.layout = layout;
        this.language = language;
        this.lists = List.copyOf(lists);
        this.noteHtml = noteHtml;
        this.noteLabel = noteLabel;
    }

    /**
     * @param noteHtml the macro's rich-text body: XHTML that Confluence has already rendered and sanitised,
     *                 shown as the coach's note (hence the {@code Html} suffix that exempts it from escaping)
     */
    static BenefitsPanelView of(BenefitsPanelRequest request, String noteHtml, Texts texts) {
        List<BenefitListView> lists = request.lists().stream().map(items -> list(items, texts)).toList();
        return new BenefitsPanelView(
                request.title().orElse(""),
                request.layout().parameterValue(),
                texts.languageTag(),
                lists,
                noteHtml == null ? "" : noteHtml.trim(),
                texts.get("cop-launchpad.benefits.note.label"));
    }

    private static BenefitListView list(List<BenefitItem> items, Texts texts) {
        BenefitCategory category = items.get(0).category();
        return new BenefitListView(category.parameterValue(), texts.get(category.titleKey()),
                items.stream().map(item -> item(item, texts)).toList());
    }

    private static BenefitItemView item(BenefitItem item, Texts texts) {
        Optional<String> explanation = item.explanationKey().map(texts::get);
        return new BenefitItemView(item.key(), texts.get(item.labelKey()), explanation.orElse(""));
    }

    public String getTitle() {
        return title;
    }

    public boolean hasTitle() {
        return !title.isEmpty();
    }

    /** "cards" or "list". */
    public String getLayout() {
        return layout;
    }

    /** "fr" or "en", for the {@code lang} attribute. */
    public String getLanguage() {
        return language;
    }

    public List<BenefitListView> getLists() {
        return lists;
    }

    public String getNoteHtml() {
        return noteHtml;
    }

    public boolean hasNote() {
        return !noteHtml.isEmpty();
    }

    public String getNoteLabel() {
        return noteLabel;
    }
}
