package org.coplaunchpad.benefits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.atlassian.confluence.macro.Macro;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.catalog.BenefitCategory;
import org.coplaunchpad.catalog.BenefitItem;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.testing.MacroHarness;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BenefitsPanelMacroTest {
    private final Catalog catalog = new Catalog();
    private final MacroHarness harness = new MacroHarness().viewerLocale(Locale.FRENCH);
    private final BenefitsPanelMacro macro = new BenefitsPanelMacro(
            catalog, harness.viewerTexts, harness.templates, harness.pageBuilderService);

    private String render(Map<String, String> parameters, String body, String outputType) throws Exception {
        return macro.execute(parameters, body, MacroHarness.context(outputType, "CDP"));
    }

    private Document display(Map<String, String> parameters) throws Exception {
        return Jsoup.parseBodyFragment(render(parameters, "", "display"));
    }

    private static Map<String, String> params(String... keysAndValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return parameters;
    }

    private List<String> keysOf(BenefitCategory category) {
        return catalog.benefits(category).stream().map(BenefitItem::key).toList();
    }

    private static List<String> shownKeys(Document page) {
        return page.select("[data-item]").stream().map(element -> element.attr("data-item")).toList();
    }

    @ParameterizedTest
    @EnumSource(BenefitCategory.class)
    void each_category_shows_its_seed_items_in_seed_order(BenefitCategory category) throws Exception {
        Document page = display(params("category", category.parameterValue()));

        assertEquals(keysOf(category), shownKeys(page));
        assertEquals(1, page.select("[data-category]").size());
        assertEquals(category.parameterValue(), page.selectFirst("[data-category]").attr("data-category"));
    }

    @Test
    void all_shows_the_four_lists_with_the_3_11_10_8_items_of_the_seed() throws Exception {
        Document page = display(params("category", "all"));

        List<Integer> sizes = page.select("[data-category]").stream()
                .map(list -> list.select("[data-item]").size()).toList();
        assertEquals(List.of(3, 11, 10, 8), sizes);
    }

    @Test
    void without_parameters_the_panel_shows_all_lists_as_cards() throws Exception {
        Document page = display(Map.of());

        assertEquals(4, page.select(".cop-benefits__card").size());
        assertEquals(32, shownKeys(page).size());
    }

    @Test
    void items_show_a_subset_in_the_given_order() throws Exception {
        List<String> keys = keysOf(BenefitCategory.INSTITUTION_BENEFITS);
        String subset = keys.get(4) + ", " + keys.get(0) + "," + keys.get(2);

        Document page = display(params("category", "institution-benefits", "items", subset));

        assertEquals(List.of(keys.get(4), keys.get(0), keys.get(2)), shownKeys(page));
    }

    @Test
    void items_across_lists_with_all_are_grouped_by_list() throws Exception {
        String attitude = keysOf(BenefitCategory.PARTICIPANT_ATTITUDES).get(1);
        String potential = keysOf(BenefitCategory.INSTITUTION_POTENTIALS).get(2);

        Document page = display(params("items", attitude + "," + potential));

        assertEquals(List.of("institution-potentials", "participant-attitudes"),
                page.select("[data-category]").stream().map(e -> e.attr("data-category")).toList());
        assertEquals(List.of(potential, attitude), shownKeys(page));
    }

    @Test
    void cards_layout_renders_cards_and_list_layout_renders_plain_lists() throws Exception {
        Document cards = display(params("layout", "cards"));
        Document lists = display(params("layout", "list"));

        assertEquals(4, cards.select(".cop-benefits--cards .cop-benefits__card").size());
        assertTrue(cards.select(".cop-benefits__list").isEmpty());
        assertEquals(4, lists.select(".cop-benefits--list .cop-benefits__list").size());
        assertTrue(lists.select(".cop-benefits__card").isEmpty());
    }

    @Test
    void potentials_show_their_explanation_from_the_seed() throws Exception {
        Document page = display(params("category", "institution-potentials"));

        Element first = page.selectFirst("[data-item]");
        assertEquals("Gains de productivité", first.selectFirst(".cop-benefits__label").text());
        assertEquals("Regrouper les informations dispersées", first.selectFirst(".cop-benefits__explanation").text());
    }

    @Test
    void texts_follow_the_viewers_locale() throws Exception {
        String french = display(params("category", "institution-potentials")).text();
        harness.viewerLocale(Locale.ENGLISH);
        Document english = display(params("category", "institution-potentials"));

        assertTrue(french.contains("Potentiels pour l'institution"), french);
        assertEquals("en", english.selectFirst(".cop-benefits").attr("lang"));
        assertFalse(english.text().contains("Potentiels"), english.text());
    }

    @Test
    void a_locale_other_than_french_gets_english() throws Exception {
        harness.viewerLocale(Locale.GERMANY);

        assertEquals("en", display(Map.of()).selectFirst(".cop-benefits").attr("lang"));
    }

    @Test
    void title_is_shown_above_the_panel() throws Exception {
        Document page = display(params("title", "Pourquoi une communauté ?"));

        assertEquals("Pourquoi une communauté ?", page.selectFirst(".cop-benefits__title").text());
    }

    @Test
    void the_coaches_rich_text_body_is_shown_as_a_note() throws Exception {
        Document page = Jsoup.parseBodyFragment(render(Map.of(), "<p>Lire avant la <strong>réunion</strong></p>", "display"));

        Element note = page.selectFirst(".cop-benefits__note");
        assertEquals("réunion", note.selectFirst("strong").text());
    }

    @Test
    void display_output_requires_the_panel_styles() throws Exception {
        display(Map.of());

        verify(harness.pageBuilderService.assembler().resources())
                .requireWebResource("org.coplaunchpad.cop-launchpad:benefits-panel-resources");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "word", "email"})
    void export_and_email_output_is_plain_static_html(String outputType) throws Exception {
        String html = render(params("category", "institution-potentials"), "<p>note</p>", outputType);
        Document page = Jsoup.parseBodyFragment(html);

        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
        assertTrue(page.select("[class*=aui]").isEmpty(), html);
        assertEquals(3, page.select("li").size());
        assertTrue(page.text().contains("Regrouper les informations dispersées"));
        verify(harness.pageBuilderService.assembler().resources(), never()).requireWebResource(anyString());
    }

    @Test
    void an_unknown_category_gives_an_inline_error_naming_it_and_the_allowed_values() throws Exception {
        Document page = display(params("category", "everything"));

        Element error = page.selectFirst(".aui-message.aui-message-error");
        String text = error.text();
        assertTrue(text.contains("everything"), text);
        assertTrue(text.contains("category"), text);
        for (String allowed : List.of("institution-potentials", "institution-benefits",
                "participant-attitudes", "participant-benefits", "all")) {
            assertTrue(text.contains(allowed), text);
        }
        assertTrue(page.select("[data-item]").isEmpty());
    }

    @Test
    void an_unknown_item_gives_an_inline_error_naming_it_and_the_allowed_keys() throws Exception {
        List<String> keys = keysOf(BenefitCategory.INSTITUTION_POTENTIALS);

        String text = display(params("category", "institution-potentials", "items", keys.get(0) + ",nope"))
                .selectFirst(".aui-message-error").text();

        assertTrue(text.contains("nope"), text);
        keys.forEach(key -> assertTrue(text.contains(key), text));
    }

    @Test
    void an_item_of_another_list_is_unknown_in_this_list() throws Exception {
        String participantBenefit = keysOf(BenefitCategory.PARTICIPANT_BENEFITS).get(0);

        Document page = display(params("category", "institution-potentials", "items", participantBenefit));

        assertTrue(page.selectFirst(".aui-message-error").text().contains(participantBenefit));
    }

    @Test
    void an_unknown_layout_gives_an_inline_error() throws Exception {
        String text = display(params("layout", "carousel")).selectFirst(".aui-message-error").text();

        assertTrue(text.contains("carousel") && text.contains("cards") && text.contains("list"), text);
    }

    @Test
    void a_hostile_title_is_escaped() throws Exception {
        String html = render(params("title", "<script>alert(1)</script>"), "", "display");

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertEquals("<script>alert(1)</script>", Jsoup.parseBodyFragment(html).selectFirst(".cop-benefits__title").text());
    }

    @Test
    void hostile_item_keys_are_escaped_in_the_error_message() throws Exception {
        String hostile = "a\"><img src=x onerror=alert(1)>";

        String html = render(params("items", hostile), "", "display");
        Document page = Jsoup.parseBodyFragment(html);

        assertTrue(page.select("img").isEmpty(), html);
        assertTrue(page.select("[onerror]").isEmpty(), html);
        assertTrue(page.selectFirst(".aui-message-error").text().contains(hostile));
    }

    @Test
    void a_hostile_category_or_layout_is_escaped_in_the_error_message() throws Exception {
        for (String parameter : List.of("category", "layout")) {
            String html = render(params(parameter, "<b onmouseover=alert(1)>x</b>"), "", "display");

            assertTrue(Jsoup.parseBodyFragment(html).select("b").isEmpty(), html);
        }
    }

    @Test
    void hostile_values_stay_escaped_in_static_output_too() throws Exception {
        String html = render(params("title", "<script>alert(1)</script>"), "", "pdf");

        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void the_macro_takes_a_rich_text_body_and_renders_as_a_block() {
        assertEquals(Macro.BodyType.RICH_TEXT, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }
}
