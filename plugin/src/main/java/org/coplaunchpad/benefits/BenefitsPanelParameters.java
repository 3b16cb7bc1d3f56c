package org.coplaunchpad.benefits;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplaunchpad.macro.ParameterProblem;
import org.coplaunchpad.catalog.BenefitCategory;
import org.coplaunchpad.catalog.BenefitItem;
import org.coplaunchpad.catalog.Catalog;

/**
 * Reads the macro's parameters ({@code category}, {@code items}, {@code layout}, {@code title}) into a
 * {@link BenefitsPanelRequest}, or the first {@link ParameterProblem} found. Never throws for bad input.
 */
final class BenefitsPanelParameters {
    static final String CATEGORY = "category";
    static final String ITEMS = "items";
    static final String LAYOUT = "layout";
    static final String TITLE = "title";
    static final String ALL_CATEGORIES = "all";

    private final Catalog catalog;

    BenefitsPanelParameters(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Either a request or a problem: exactly one is present. */
    record Parsed(Optional<BenefitsPanelRequest> request, Optional<ParameterProblem> problem) {
        static Parsed ok(BenefitsPanelRequest request) {
            return new Parsed(Optional.of(request), Optional.empty());
        }

        static Parsed problem(ParameterProblem problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }
    }

    Parsed parse(Map<String, String> parameters) {
        String categoryValue = valueOf(parameters, CATEGORY).orElse(ALL_CATEGORIES);
        List<BenefitCategory> categories;
        if (ALL_CATEGORIES.equals(categoryValue)) {
            categories = List.of(BenefitCategory.values());
        } else {
            Optional<BenefitCategory> category = BenefitCategory.fromParameterValue(categoryValue);
            if (category.isEmpty()) {
                return Parsed.problem(new ParameterProblem(CATEGORY, categoryValue, allowedCategories()));
            }
            categories = List.of(category.get());
        }

        String layoutValue = valueOf(parameters, LAYOUT).orElse(Layout.CARDS.parameterValue());
        Optional<Layout> layout = Layout.fromParameterValue(layoutValue);
        if (layout.isEmpty()) {
            return Parsed.problem(new ParameterProblem(LAYOUT, layoutValue, Layout.parameterValues()));
        }

        List<List<BenefitItem>> lists;
        Optional<String> items = valueOf(parameters, ITEMS).filter(value -> !keys(value).isEmpty());
        if (items.isPresent()) {
            Optional<ParameterProblem> problem = unknownItems(items.get(), categories);
            if (problem.isPresent()) {
                return Parsed.problem(problem.get());
            }
            lists = subset(keys(items.get()), categories);
        } else {
            lists = categories.stream().map(catalog::benefits).toList();
        }
        return Parsed.ok(new BenefitsPanelRequest(lists, layout.get(), valueOf(parameters, TITLE)));
    }

    private Optional<ParameterProblem> unknownItems(String itemsValue, List<BenefitCategory> categories) {
        List<String> unknown = keys(itemsValue).stream()
                .filter(key -> catalog.benefit(key).filter(item -> categories.contains(item.category())).isEmpty())
                .toList();
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        List<String> allowed = categories.stream()
                .flatMap(category -> catalog.benefits(category).stream())
                .map(BenefitItem::key)
                .toList();
        return Optional.of(new ParameterProblem(ITEMS, String.join(", ", unknown), allowed));
    }

    /** The chosen items, in the coach's order, grouped into the lists they belong to (lists in seed order). */
    private List<List<BenefitItem>> subset(Set<String> keys, List<BenefitCategory> categories) {
        List<BenefitItem> chosen = keys.stream().map(key -> catalog.benefit(key).orElseThrow()).toList();
        List<List<BenefitItem>> lists = new ArrayList<>();
        for (BenefitCategory category : categories) {
            List<BenefitItem> inCategory = chosen.stream().filter(item -> item.category() == category).toList();
            if (!inCategory.isEmpty()) {
                lists.add(inCategory);
            }
        }
        return lists;
    }

    /** Comma-separated keys, trimmed, blanks and repeats dropped, order kept. */
    private static Set<String> keys(String itemsValue) {
        return java.util.Arrays.stream(itemsValue.split(","))
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> allowedCategories() {
        List<String> allowed = new ArrayList<>(BenefitCategory.parameterValues());
        allowed.add(ALL_CATEGORIES);
        return allowed;
    }

    /** A parameter's trimmed value; absent when missing or blank (the macro browser sends "" for unset). */
    private static Optional<String> valueOf(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
