package org.coplaunchpad.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds catalog.properties (English, the default) and catalog_fr.properties to the catalog: every key
 * present, nothing extra, and texts that read as the seed once Confluence has run them through MessageFormat.
 */
class CatalogMessagesTest {

    private static final String BUNDLE = "org.coplaunchpad.catalog.catalog";
    private static final String FOLDER = "org/coplaunchpad/catalog/";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Catalog catalog = new Catalog();

    @ParameterizedTest
    @ValueSource(strings = {"catalog.properties", "catalog_fr.properties"})
    void every_catalog_key_has_a_non_blank_text_in_the_file_itself(String file) {
        Properties texts = load(file);
        for (String key : catalog.i18nKeys()) {
            String value = texts.getProperty(key);
            assertNotNull(value, file + " lacks " + key);
            assertFalse(value.isBlank(), file + " has a blank " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog.properties", "catalog_fr.properties"})
    void files_hold_no_key_the_catalog_does_not_use(String file) {
        Set<String> unused = new TreeSet<>(load(file).stringPropertyNames());
        unused.removeAll(catalog.i18nKeys());
        assertEquals(Set.of(), unused, file + " holds keys no catalog entry refers to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog.properties", "catalog_fr.properties"})
    void files_are_ascii_only_because_confluence_reads_them_as_iso_8859_1(String file) throws IOException {
        byte[] bytes = read(file);
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] >= 0, file + " has a non-ASCII byte at offset " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"catalog.properties", "catalog_fr.properties"})
    void apostrophes_are_doubled_so_message_format_shows_one(String file) {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String raw = texts.getProperty(key);
            assertFalse(raw.replace("''", "").contains("'"), key + " has a single apostrophe: " + raw);
            assertEquals(raw.replace("''", "'"), display(raw), key + " changes under MessageFormat");
        }
    }

    @Test
    void english_and_french_bundles_resolve_without_falling_back_to_the_default_locale() {
        assertEquals(Locale.ROOT, bundle(Locale.ENGLISH).getLocale());
        assertEquals(Locale.FRENCH, bundle(Locale.FRENCH).getLocale());
        for (String key : catalog.i18nKeys()) {
            assertFalse(display(bundle(Locale.ENGLISH).getString(key)).isBlank(), key);
            assertFalse(display(bundle(Locale.FRENCH).getString(key)).isBlank(), key);
        }
    }

    @Test
    void french_potentials_read_as_the_seed_with_its_typos_corrected() {
        assertEquals("Potentiels pour l'institution", fr(BenefitCategory.INSTITUTION_POTENTIALS.titleKey()));
        assertEquals("Gains de productivité", fr("cop-launchpad.catalog.productivity-gains.label"));
        assertEquals("Regrouper les informations dispersées", fr("cop-launchpad.catalog.productivity-gains.explanation"));
        assertEquals("Au-delà de la transmission des connaissances, c'est le partage des valeurs, des savoir-faire, "
                + "des savoir-être et des éléments pratiques tels les outils, méthodes, processus",
                fr("cop-launchpad.catalog.learning.explanation"));
    }

    @Test
    void french_institution_benefits_read_as_the_seed() {
        assertEquals(List.of("Réduire l'impact de la délocalisation", "Réduire la duplication", "Gagner du temps",
                "Accroître motivation et loyauté", "Faciliter le transfert intergénérationnel",
                "Façonner la culture organisationnelle", "Mettre en commun outils, références, etc.",
                "Passer plus vite de l'idée au marché", "Développer des capacités", "Innover", "Bonifier les processus"),
                frLabels(BenefitCategory.INSTITUTION_BENEFITS));
    }

    @Test
    void french_attitudes_read_as_the_seed_without_list_punctuation() {
        assertEquals(List.of("Apprentissages techniques", "Expression d'idées", "Partage d'informations",
                "Collaboration", "Débat ; atteinte de consensus", "Résolution de problèmes",
                "Développement de connaissances", "Développement de nouveaux réseaux d'influence",
                "Efficacité dans les tâches de travail accrue",
                "Apprentissage « 3J » : juste assez, juste-à-temps, juste pour moi"),
                frLabels(BenefitCategory.PARTICIPANT_ATTITUDES));
    }

    @Test
    void french_participant_benefits_read_as_the_seed_with_capitalised_first_letters() {
        assertEquals(List.of("Économies de temps", "Goût du risque accru grâce à l'appui de la communauté",
                "Réduction de l'isolement", "Sentiment d'appartenance, moral soutenu",
                "Stimulation de l'énergie intellectuelle de chacun", "Innovation et créativité accrues",
                "Réduction des coûts de la duplication ou des erreurs répétées", "Qualité d'exécution accrue"),
                frLabels(BenefitCategory.PARTICIPANT_BENEFITS));
    }

    @Test
    void french_readiness_items_are_statements_faithful_to_the_seed() {
        assertEquals("Un animateur est désigné", fr("cop-launchpad.catalog.facilitator.label"));
        assertEquals("Les participants perçoivent que l'objet de la communauté a un degré de pertinence élevé",
                fr("cop-launchpad.catalog.relevant-purpose.label"));
        assertEquals("La communauté est orientée sur des thématiques porteuses et d'intérêt stratégique pour l'organisation",
                fr("cop-launchpad.catalog.strategic-focus.label"));
    }

    @Test
    void french_and_english_files_hold_the_same_keys() {
        assertEquals(new TreeSet<>(load("catalog.properties").stringPropertyNames()),
                new TreeSet<>(load("catalog_fr.properties").stringPropertyNames()));
    }

    @Test
    void the_checklist_headings_are_the_seeds_in_french_with_the_lead_sentence() {
        ReadinessPart fundamentals = catalog.readinessPart("fundamentals").orElseThrow();
        ReadinessPart recommendations = catalog.readinessPart("recommendations").orElseThrow();
        assertEquals("Les caractéristiques structurantes d'une communauté de pratique virtuelle",
                fr(fundamentals.titleKey()));
        assertEquals("D'après des retours d'expériences trois caractéristiques apparaissent fondamentales "
                + "pour le succès d'un démarrage :", fr(fundamentals.leadKey().orElseThrow()));
        assertEquals("Maximiser les chances de succès de la communauté", fr(recommendations.titleKey()));
    }

    @Test
    void the_checklist_headings_and_lead_are_translated_into_english() {
        ReadinessPart fundamentals = catalog.readinessPart("fundamentals").orElseThrow();
        assertEquals("The structuring characteristics of a virtual community of practice", en(fundamentals.titleKey()));
        assertEquals("According to feedback from experience, three characteristics appear fundamental to a successful start:",
                en(fundamentals.leadKey().orElseThrow()));
        assertEquals("Maximising the community's chances of success",
                en(catalog.readinessPart("recommendations").orElseThrow().titleKey()));
    }

    @Test
    void legitimacy_is_asked_of_the_organisation() {
        String key = catalog.readinessItem("legitimate-structure").orElseThrow().labelKey();
        assertEquals("L'organisation laisse la communauté prendre sa place comme structure légitime "
                + "au sein de l'organisation", fr(key));
        assertEquals("The organisation lets the community take its place as a legitimate structure "
                + "within the organisation", en(key));
    }

    @Test
    void english_says_open_calls_to_the_network_and_relocating_activities() {
        assertEquals("Tools for open calls to the whole network are available",
                en("cop-launchpad.catalog.open-call-tools.label"));
        assertEquals("Reduce the impact of relocating activities", en("cop-launchpad.catalog.reduce-relocation-impact.label"));
        assertEquals("Des outils d'appels à tous sont disponibles", fr("cop-launchpad.catalog.open-call-tools.label"));
        assertEquals("Réduire l'impact de la délocalisation", fr("cop-launchpad.catalog.reduce-relocation-impact.label"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void every_readiness_item_has_guidance_of_one_or_two_sentences(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (ReadinessItem item : catalog.readinessItems()) {
            String guidance = display(bundle(locale).getString(item.guidanceKey()));
            assertFalse(guidance.isBlank(), item.key());
            assertFalse(guidance.equals(display(bundle(locale).getString(item.labelKey()))),
                    item.key() + " guidance repeats the label");
            assertTrue(guidance.endsWith("."), item.key() + " guidance is not a sentence: " + guidance);
            int sentences = guidance.split("(?<=[.!?])\\s+").length;
            assertTrue(sentences >= 1 && sentences <= 2, item.key() + " guidance has " + sentences + " sentences");
            String lower = guidance.toLowerCase(Locale.ROOT);
            for (String attribution : List.of("cefrio", "seed", "d'après", "selon", "according to")) {
                assertFalse(lower.contains(attribution), item.key() + " guidance is attributed: " + guidance);
            }
        }
    }

    @Test
    void every_readiness_item_has_its_guidance_in_each_file_itself() {
        Properties french = load("catalog_fr.properties");
        Properties english = load("catalog.properties");
        for (ReadinessItem item : catalog.readinessItems()) {
            assertFalse(french.getProperty(item.guidanceKey(), "").isBlank(), item.key() + " lacks French guidance");
            assertFalse(english.getProperty(item.guidanceKey(), "").isBlank(), item.key() + " lacks English guidance");
            assertFalse(french.getProperty(item.guidanceKey()).equals(english.getProperty(item.guidanceKey())),
                    item.key() + " guidance is not translated");
        }
    }

    @Test
    void satisfactory_integration_is_explained_as_fitting_with_work_and_other_structures() {
        String key = catalog.readinessItem("satisfactory-integration").orElseThrow().guidanceKey();
        assertTrue(fr(key).contains("les autres structures de l'organisation"), fr(key));
        assertTrue(en(key).contains("the organisation's other structures"), en(key));
    }

    @Test
    void the_reference_cites_cefrio_2005_in_both_languages() {
        assertEquals("Pour en savoir plus »", fr("cop-launchpad.catalog.reference.title"));
        assertEquals("Se décider – Travailler, apprendre et collaborer en réseau, pp. 21-34, CEFRIO 2005",
                fr("cop-launchpad.catalog.reference.citation"));
        assertTrue(en("cop-launchpad.catalog.reference.citation").endsWith("pp. 21-34, CEFRIO 2005"));
    }

    @Test
    void english_texts_are_translations_not_copies_of_the_french() {
        assertEquals("Bring scattered information together", en("cop-launchpad.catalog.productivity-gains.explanation"));
        assertEquals("A facilitator is appointed", en("cop-launchpad.catalog.facilitator.label"));
        assertEquals("Stimulation of everyone's intellectual energy", en("cop-launchpad.catalog.intellectual-energy.label"));
        for (String key : catalog.i18nKeys()) {
            if (!key.endsWith(".citation") && !key.equals("cop-launchpad.catalog.innovation.label")
                    && !key.equals("cop-launchpad.catalog.collaboration.label")) {
                assertFalse(en(key).equals(fr(key)), key + " is not translated");
            }
        }
    }

    private List<String> frLabels(BenefitCategory category) {
        return catalog.benefits(category).stream().map(item -> fr(item.labelKey())).toList();
    }

    private static String fr(String key) {
        return display(bundle(Locale.FRENCH).getString(key));
    }

    private static String en(String key) {
        return display(bundle(Locale.ENGLISH).getString(key));
    }

    /** What Confluence shows: it formats every i18n value with MessageFormat, arguments or not. */
    private static String display(String raw) {
        return new MessageFormat(raw).format(new Object[0]);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    private static Properties load(String file) {
        try (InputStream in = stream(file)) {
            Properties properties = new Properties();
            properties.load(in); // ISO-8859-1, as Confluence reads it
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String file) throws IOException {
        try (InputStream in = stream(file)) {
            return in.readAllBytes();
        }
    }

    private static InputStream stream(String file) {
        InputStream in = CatalogMessagesTest.class.getClassLoader().getResourceAsStream(FOLDER + file);
        assertNotNull(in, FOLDER + file + " is not on the class path");
        return in;
    }
}
