package org.coplaunchpad.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.AbstractPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.answers.RegistryStore;
import org.coplaunchpad.answers.ChecklistAnswers;
import org.coplaunchpad.benefits.BenefitsPanelMacro;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.checklist.ReadinessChecklistMacro;
import org.coplaunchpad.decision.LaunchDecisionMacro;
import org.coplaunchpad.testing.BundleI18nResolver;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.PluginResources;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The start-up blueprint's storage-format templates, as Confluence fills and renders them. */
class BlueprintTemplatesTest {
    private static final List<String> TEMPLATES = List.of("blueprint/start-up-index.xml", "blueprint/se-decider.xml");
    private static final Pattern I18N = Pattern.compile("<at:i18n at:key=\"([^\"]+)\"\\s*/>");
    private static final Pattern VAR = Pattern.compile("<at:var at:name=\"([^\"]+)\"\\s*/>");
    private static final Map<String, String> FIRST_USE = Map.of("checklistName", "readiness");

    private static String source(String template) throws IOException {
        try (InputStream in = PluginResources.open(template)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * What Confluence stores when a user creates the page: each at:i18n replaced by its text in their language, each
     * at:var by the context provider's value (the first use's checklist name).
     */
    private static String filled(String template, Locale locale) throws IOException {
        Matcher matcher = I18N.matcher(source(template));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String text = new BundleI18nResolver().getText(locale, matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(text.replace("&", "&amp;").replace("<", "&lt;")));
        }
        matcher.appendTail(out);
        return VAR.matcher(out.toString()).replaceAll(m -> Matcher.quoteReplacement(FIRST_USE.get(m.group(1))));
    }

    private static Document parse(String storageFormat) throws Exception {
        String xml = "<root xmlns:ac=\"http://atlassian.com/content\" xmlns:at=\"http://atlassian.com/template\""
                + " xmlns:ri=\"http://atlassian.com/resource/identifier\">" + storageFormat + "</root>";
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @CsvSource({"blueprint/start-up-index.xml,en", "blueprint/start-up-index.xml,fr", "blueprint/se-decider.xml,en",
            "blueprint/se-decider.xml,fr"})
    void templates_are_well_formed_storage_format_in_both_languages(String template, String language) throws Exception {
        Document document = parse(filled(template, Locale.forLanguageTag(language)));

        NodeList macros = document.getElementsByTagNameNS("http://atlassian.com/content", "structured-macro");
        assertTrue(macros.getLength() > 0, template);
        for (int i = 0; i < macros.getLength(); i++) {
            Element macro = (Element) macros.item(i);
            assertFalse(macro.getAttributeNS("http://atlassian.com/content", "name").isEmpty(), "ac:name");
            assertEquals("1", macro.getAttributeNS("http://atlassian.com/content", "schema-version"), "ac:schema-version");
        }
        assertEquals(0, document.getElementsByTagNameNS("http://atlassian.com/template", "i18n").getLength());
    }

    @Test
    void every_text_key_of_the_templates_exists_in_english_and_french() throws Exception {
        for (String template : TEMPLATES) {
            Matcher matcher = I18N.matcher(source(template));
            while (matcher.find()) {
                assertTrue(BundleI18nResolver.exists(Locale.ENGLISH, matcher.group(1)), matcher.group(1));
                assertTrue(BundleI18nResolver.exists(Locale.FRENCH, matcher.group(1)), matcher.group(1) + " (fr)");
            }
        }
    }

    @Test
    void the_decide_page_carries_the_four_benefit_panels_the_checklist_the_decision_below_it_and_the_reference() throws Exception {
        String french = filled("blueprint/se-decider.xml", Locale.FRENCH);
        Document document = parse(french);

        List<String> macros = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("http://atlassian.com/content", "structured-macro");
        for (int i = 0; i < nodes.getLength(); i++) {
            macros.add(((Element) nodes.item(i)).getAttributeNS("http://atlassian.com/content", "name"));
        }
        assertEquals(List.of("cop-benefits-panel", "cop-benefits-panel", "cop-benefits-panel", "cop-benefits-panel",
                "cop-readiness-checklist", "cop-launch-decision"), macros);
        assertTrue(french.contains("CEFRIO 2005"), french);
        assertTrue(french.contains("pp. 21-34"), french);
    }

    @Test
    void every_macro_in_the_templates_renders_without_error() throws Exception {
        MacroHarness harness = new MacroHarness().viewerLocale(Locale.FRENCH);
        ConfluenceFixture confluence = new ConfluenceFixture();
        Catalog catalog = new Catalog();
        AnswerStore store = Mockito.mock(AnswerStore.class);
        when(store.readPage(Mockito.any(), Mockito.any(), Mockito.any(), Mockito.anyBoolean()))
                .thenReturn(new org.coplaunchpad.answers.ChecklistPageRecords(java.util.List.of(),
                        new ChecklistAnswers(0, Map.of(), Map.of(), Map.of()), new org.coplaunchpad.answers.RoundStore.OpenRound(1,
                        java.util.Optional.empty(), java.util.Optional.empty())));
        Map<String, Macro> macros = Map.of(
                "cop-benefits-panel", new BenefitsPanelMacro(catalog, harness.viewerTexts, harness.templates,
                        harness.pageBuilderService),
                "cop-readiness-checklist", new ReadinessChecklistMacro(catalog, harness.viewerTexts, harness.templates,
                        store, confluence.accessPolicy, new AnswerTexts(confluence.memberNames),
                        new org.coplaunchpad.AppClock(), harness.pageBuilderService),
                "cop-launch-decision", new LaunchDecisionMacro(harness.viewerTexts, harness.templates,
                        Mockito.mock(org.coplaunchpad.answers.FigureStore.class), Mockito.mock(RegistryStore.class),
                        new AnswerTexts(confluence.memberNames), Mockito.mock(org.coplaunchpad.decision.PagePlans.class),
                        harness.pageBuilderService));
        AbstractPage page = confluence.page(42, "CDP", "");
        ConversionContext context = MacroHarness.context("display", "CDP");
        when(context.getEntity()).thenReturn(page);
        int rendered = 0;
        for (String template : TEMPLATES) {
            Document document = parse(filled(template, Locale.FRENCH));
            NodeList nodes = document.getElementsByTagNameNS("http://atlassian.com/content", "structured-macro");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element element = (Element) nodes.item(i);
                Map<String, String> parameters = new HashMap<>();
                NodeList children = element.getElementsByTagNameNS("http://atlassian.com/content", "parameter");
                for (int j = 0; j < children.getLength(); j++) {
                    Element parameter = (Element) children.item(j);
                    parameters.put(parameter.getAttributeNS("http://atlassian.com/content", "name"), parameter.getTextContent());
                }
                String html = macros.get(element.getAttributeNS("http://atlassian.com/content", "name"))
                        .execute(parameters, "", context);
                assertTrue(Jsoup.parseBodyFragment(html).select(".aui-message-error").isEmpty(), html);
                rendered++;
            }
        }
        assertEquals(7, rendered);
    }

    @Test
    void the_decide_page_names_its_checklist_and_its_decision_with_the_context_providers_checklist_name() throws Exception {
        String source = source("blueprint/se-decider.xml");
        Matcher variables = VAR.matcher(source);
        List<String> names = new ArrayList<>();
        while (variables.find()) {
            names.add(variables.group(1));
        }
        assertEquals(List.of(StartUpContextProvider.CHECKLIST_NAME, StartUpContextProvider.CHECKLIST_NAME), names);

        Document document = parse(filled("blueprint/se-decider.xml", Locale.FRENCH));
        NodeList parameters = document.getElementsByTagNameNS("http://atlassian.com/content", "parameter");
        List<String> checklist = new ArrayList<>();
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if ("checklist".equals(parameter.getAttributeNS("http://atlassian.com/content", "name"))) {
                checklist.add(parameter.getTextContent());
            }
        }
        assertEquals(List.of("readiness", "readiness"), checklist, "the decision shown is the checklist's above it");
    }
}
