package org.coplaunchpad.catalog;

import static org.coplaunchpad.catalog.BenefitCategory.INSTITUTION_BENEFITS;
import static org.coplaunchpad.catalog.BenefitCategory.INSTITUTION_POTENTIALS;
import static org.coplaunchpad.catalog.BenefitCategory.PARTICIPANT_ATTITUDES;
import static org.coplaunchpad.catalog.BenefitCategory.PARTICIPANT_BENEFITS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * The seed page's content as data: the four benefit lists and the readiness checklist, in seed order,
 * its sections under the seed's two headings ({@link ReadinessPart}) and each item with a guidance text.
 *
 * <p>This is the only class that knows item keys. Answers are stored by key, so a key is a storage
 * contract: append new items, never rename, reorder into another section or reuse a key (see README.md).
 * Texts live in {@code catalog.properties} / {@code catalog_fr.properties}; this class hands out i18n keys only.
 */
@Component
public final class Catalog {

    private final Map<BenefitCategory, List<BenefitItem>> benefitsByCategory;
    private final Map<String, BenefitItem> benefitsByKey;
    private final List<ReadinessSection> sections;
    private final Map<String, ReadinessSection> sectionsByKey;
    private final List<ReadinessPart> parts;
    private final Map<String, ReadinessPart> partsByKey;
    private final Map<String, ReadinessPart> partsBySectionKey;
    private final List<ReadinessItem> readinessItems;
    private final Map<String, ReadinessItem> readinessItemsByKey;
    private final Reference reference;
    private final Set<String> i18nKeys;

    public Catalog() {
        List<BenefitItem> benefits = List.of(
                // "Potentiels pour l'institution": label - explanation
                explained(INSTITUTION_POTENTIALS, "productivity-gains"),
                explained(INSTITUTION_POTENTIALS, "learning"),
                explained(INSTITUTION_POTENTIALS, "innovation"),
                // "Bénéfices des communautés de pratique pour l'institution"
                benefit(INSTITUTION_BENEFITS, "reduce-relocation-impact"),
                benefit(INSTITUTION_BENEFITS, "reduce-duplication"),
                benefit(INSTITUTION_BENEFITS, "save-time"),
                benefit(INSTITUTION_BENEFITS, "increase-motivation-and-loyalty"),
                benefit(INSTITUTION_BENEFITS, "ease-intergenerational-transfer"),
                benefit(INSTITUTION_BENEFITS, "shape-organisational-culture"),
                benefit(INSTITUTION_BENEFITS, "pool-tools-and-references"),
                benefit(INSTITUTION_BENEFITS, "faster-idea-to-market"),
                benefit(INSTITUTION_BENEFITS, "develop-capabilities"),
                benefit(INSTITUTION_BENEFITS, "innovate"),
                benefit(INSTITUTION_BENEFITS, "improve-processes"),
                // "Attitudes de développement personnel à développer pour les participants"
                benefit(PARTICIPANT_ATTITUDES, "technical-learning"),
                benefit(PARTICIPANT_ATTITUDES, "expressing-ideas"),
                benefit(PARTICIPANT_ATTITUDES, "sharing-information"),
                benefit(PARTICIPANT_ATTITUDES, "collaboration"),
                benefit(PARTICIPANT_ATTITUDES, "debate-and-consensus"),
                benefit(PARTICIPANT_ATTITUDES, "problem-solving"),
                benefit(PARTICIPANT_ATTITUDES, "knowledge-development"),
                benefit(PARTICIPANT_ATTITUDES, "new-influence-networks"),
                benefit(PARTICIPANT_ATTITUDES, "increased-work-efficiency"),
                benefit(PARTICIPANT_ATTITUDES, "three-j-learning"),
                // "Bénéfices pour les participants"
                benefit(PARTICIPANT_BENEFITS, "time-savings"),
                benefit(PARTICIPANT_BENEFITS, "greater-risk-taking"),
                benefit(PARTICIPANT_BENEFITS, "reduced-isolation"),
                benefit(PARTICIPANT_BENEFITS, "sense-of-belonging"),
                benefit(PARTICIPANT_BENEFITS, "intellectual-energy"),
                benefit(PARTICIPANT_BENEFITS, "innovation-and-creativity"),
                benefit(PARTICIPANT_BENEFITS, "reduced-duplication-costs"),
                benefit(PARTICIPANT_BENEFITS, "execution-quality"));

        this.sections = List.of(
                // "Les caractéristiques structurantes...": the three conditions the seed calls fundamental
                section("fundamentals", true,
                        "facilitating-environment", "relevant-purpose", "satisfactory-integration"),
                // "Maximiser les chances de succès de la communauté", one section per bullet
                // (the resources bullet split into its human and technical halves)
                section("strategic-themes", false, "strategic-focus"),
                section("human-resources", false,
                        "facilitator", "coach", "documentalist", "technical-support", "administrative-support"),
                section("technical-resources", false,
                        "groupware", "synchronous-communication", "asynchronous-communication",
                        "document-management-tools", "open-call-tools"),
                section("legitimacy", false, "legitimate-structure"),
                section("time-and-recognition", false, "member-time-allocated", "participation-recognised"),
                section("middle-managers", false, "middle-managers-informed", "threatened-manager-vigilance"));

        // The seed's two headings: the structuring characteristics (with their lead sentence) over the
        // fundamental section, "Maximiser les chances de succès" over the recommendations' sections.
        this.parts = List.of(
                part("fundamentals", true, true),
                part("recommendations", false, false));

        this.reference = new Reference(I18nKeys.referenceTitle(), I18nKeys.referenceCitation());

        Map<BenefitCategory, List<BenefitItem>> byCategory = new LinkedHashMap<>();
        for (BenefitCategory category : BenefitCategory.values()) {
            byCategory.put(category, benefits.stream().filter(b -> b.category() == category).toList());
        }
        this.benefitsByCategory = Collections.unmodifiableMap(byCategory);
        this.readinessItems = sections.stream().flatMap(s -> s.items().stream()).toList();

        // One namespace for benefit and readiness item keys: an answer row names its item by key alone.
        Set<String> itemKeys = new LinkedHashSet<>();
        benefits.forEach(b -> requireNew(itemKeys, b.key()));
        readinessItems.forEach(i -> requireNew(itemKeys, i.key()));
        Set<String> sectionKeys = new LinkedHashSet<>();
        sections.forEach(s -> requireNew(sectionKeys, s.key()));
        Set<String> partKeys = new LinkedHashSet<>();
        parts.forEach(p -> requireNew(partKeys, p.key()));

        this.benefitsByKey = index(benefits, BenefitItem::key);
        this.sectionsByKey = index(sections, ReadinessSection::key);
        this.readinessItemsByKey = index(readinessItems, ReadinessItem::key);
        this.partsByKey = index(parts, ReadinessPart::key);
        Map<String, ReadinessPart> bySection = new LinkedHashMap<>();
        parts.forEach(p -> p.sections().forEach(s -> bySection.put(s.key(), p)));
        this.partsBySectionKey = Collections.unmodifiableMap(bySection);
        this.i18nKeys = collectI18nKeys(benefits);
    }

    /** The items of one benefit list, in seed order. */
    public List<BenefitItem> benefits(BenefitCategory category) {
        return benefitsByCategory.getOrDefault(category, List.of());
    }

    /** The benefit item with this key, whatever its category. */
    public Optional<BenefitItem> benefit(String key) {
        return Optional.ofNullable(key).map(benefitsByKey::get);
    }

    /**
     * The seed's two headings over the checklist, in order: {@code fundamentals} (title and lead sentence,
     * over the fundamental section) then {@code recommendations} (title only, over the other sections).
     * Together they hold every section once, in {@link #readinessSections()} order.
     */
    public List<ReadinessPart> readinessParts() {
        return parts;
    }

    /** The part with this key ({@code fundamentals} or {@code recommendations}). */
    public Optional<ReadinessPart> readinessPart(String key) {
        return Optional.ofNullable(key).map(partsByKey::get);
    }

    /** The part whose heading a section sits under. */
    public Optional<ReadinessPart> readinessPartOf(String sectionKey) {
        return Optional.ofNullable(sectionKey).map(partsBySectionKey::get);
    }

    /** The readiness checklist's sections, in seed order. */
    public List<ReadinessSection> readinessSections() {
        return sections;
    }

    public Optional<ReadinessSection> readinessSection(String key) {
        return Optional.ofNullable(key).map(sectionsByKey::get);
    }

    /** Every readiness item, section after section, in seed order. */
    public List<ReadinessItem> readinessItems() {
        return readinessItems;
    }

    public Optional<ReadinessItem> readinessItem(String key) {
        return Optional.ofNullable(key).map(readinessItemsByKey::get);
    }

    /** The conditions the seed calls fundamental for a successful start. */
    public List<ReadinessItem> fundamentalConditions() {
        return readinessItems.stream().filter(ReadinessItem::fundamental).toList();
    }

    public Reference reference() {
        return reference;
    }

    /** Every i18n key the catalog refers to, so tests can hold the properties files to it. */
    public Set<String> i18nKeys() {
        return i18nKeys;
    }

    private static BenefitItem benefit(BenefitCategory category, String key) {
        return new BenefitItem(key, category, I18nKeys.label(key), Optional.empty());
    }

    private static BenefitItem explained(BenefitCategory category, String key) {
        return new BenefitItem(key, category, I18nKeys.label(key), Optional.of(I18nKeys.explanation(key)));
    }

    private static ReadinessSection section(String key, boolean fundamental, String... itemKeys) {
        List<ReadinessItem> items = new ArrayList<>();
        for (String itemKey : itemKeys) {
            items.add(new ReadinessItem(itemKey, key, I18nKeys.label(itemKey), fundamental));
        }
        return new ReadinessSection(key, I18nKeys.sectionTitle(key), fundamental, items);
    }

    private ReadinessPart part(String key, boolean fundamental, boolean hasLead) {
        List<ReadinessSection> covered = sections.stream().filter(s -> s.fundamental() == fundamental).toList();
        Optional<String> lead = hasLead ? Optional.of(I18nKeys.partLead(key)) : Optional.empty();
        return new ReadinessPart(key, I18nKeys.partTitle(key), lead, fundamental, covered);
    }

    private static void requireNew(Set<String> seen, String key) {
        if (!seen.add(key)) {
            throw new IllegalStateException("Catalog key '" + key + "' is used twice; give the new entry a key of its own");
        }
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.put(key.apply(v), v));
        return Collections.unmodifiableMap(map);
    }

    private Set<String> collectI18nKeys(List<BenefitItem> benefits) {
        Set<String> keys = new LinkedHashSet<>();
        for (BenefitCategory category : BenefitCategory.values()) {
            keys.add(category.titleKey());
        }
        for (BenefitItem item : benefits) {
            keys.add(item.labelKey());
            item.explanationKey().ifPresent(keys::add);
        }
        for (ReadinessPart part : parts) {
            keys.add(part.titleKey());
            part.leadKey().ifPresent(keys::add);
        }
        for (ReadinessSection section : sections) {
            keys.add(section.titleKey());
            section.items().forEach(item -> {
                keys.add(item.labelKey());
                keys.add(item.guidanceKey());
            });
        }
        keys.add(reference.titleKey());
        keys.add(reference.citationKey());
        return Collections.unmodifiableSet(keys);
    }
}
