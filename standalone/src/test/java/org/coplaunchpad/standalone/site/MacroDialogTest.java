package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.coplaunchpad.standalone.site.editor.MacroBrowser.Field;
import org.coplaunchpad.standalone.site.editor.MacroBrowser.FieldType;
import org.coplaunchpad.standalone.site.editor.MacroBrowser.MacroForm;
import org.coplaunchpad.standalone.site.view.SiteTemplates;
import org.coplaunchpad.standalone.site.view.SiteTexts;
import org.coplaunchpad.standalone.site.view.ViewModels;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The Insert macro dialog asks for each parameter as Confluence's macro browser does, by its type. */
class MacroDialogTest {
    private static final MacroForm PANEL = new MacroForm("panel", "Panel <b>", "Shows a panel", true, List.of(
            new Field("layout", FieldType.ENUM, "Layout", "How it is laid out", false, "cards", List.of("cards", "list")),
            new Field("kind", FieldType.ENUM, "Kind", "", true, "", List.of("a", "b")),
            new Field("compact", FieldType.BOOLEAN, "Compact", "Fewer lines", false, "true", List.of()),
            new Field("title", FieldType.STRING, "Title", "Shown above", false, "Benefits", List.of())));
    private static final MacroForm CHECKLIST = new MacroForm("checklist", "Checklist", "", false, List.of());

    private final Document dialog = Jsoup.parse(new SiteTemplates(ViewModels.all()).render("macro-dialog.vm",
            MacroDialog.view(List.of(PANEL, CHECKLIST)), SiteTexts.of(Locale.ENGLISH), "/confluence"));

    @Test
    void an_enum_is_a_choice_of_its_values_with_the_default_chosen() {
        Element layout = field("layout");
        assertEquals("select", layout.tagName());
        assertEquals(List.of("", "cards", "list"), layout.select("option").eachAttr("value"), "optional: can be left out");
        assertEquals("cards", layout.selectFirst("option[selected]").val());
        assertEquals(List.of("a", "b"), field("kind").select("option").eachAttr("value"), "required: no empty choice");
        assertTrue(field("kind").hasAttr("required"));
    }

    @Test
    void a_boolean_is_a_checkbox_ticked_when_its_default_is_true() {
        Element compact = field("compact");
        assertEquals("checkbox", compact.attr("type"));
        assertTrue(compact.hasAttr("checked"));
        assertEquals("true", compact.attr("data-default"));
    }

    @Test
    void any_other_parameter_is_text_whose_default_is_shown_but_not_inserted() {
        Element title = field("title");
        assertEquals("text", title.attr("type"));
        assertEquals("", title.val());
        assertEquals("Benefits", title.attr("placeholder"));
        assertEquals("Shown above", dialog.getElementById("macro-param-panel-title-desc").text());
    }

    @Test
    void each_field_carries_what_editor_js_inserts() {
        Element layout = field("layout");
        assertEquals("layout", layout.attr("data-param"));
        assertEquals("enum", layout.attr("data-type"));
        assertEquals("Layout", dialog.selectFirst("label[for=macro-param-panel-layout]").text());
        Element form = dialog.selectFirst("fieldset[data-macro-name=panel]");
        assertEquals("true", form.attr("data-rich-text-body"));
        assertEquals("false", dialog.selectFirst("fieldset[data-macro-name=checklist]").attr("data-rich-text-body"));
    }

    @Test
    void the_first_macro_shows_when_the_dialog_opens_and_texts_stay_text() {
        assertEquals(List.of("panel", "checklist"), dialog.select("#macro-browser-select option").eachAttr("value"));
        assertFalse(dialog.selectFirst("fieldset[data-macro-name=panel]").hasAttr("hidden"));
        assertTrue(dialog.selectFirst("fieldset[data-macro-name=checklist]").hasAttr("hidden"));
        assertEquals("Panel <b>", dialog.selectFirst("fieldset[data-macro-name=panel] legend").text());
        assertTrue(dialog.select("legend b").isEmpty());
    }

    private Element field(String parameter) {
        return dialog.getElementById("macro-param-panel-" + parameter);
    }
}
