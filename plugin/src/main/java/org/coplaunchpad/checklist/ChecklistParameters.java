package org.coplaunchpad.checklist;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessSection;
import org.coplaunchpad.macro.ParameterProblem;

/**
 * Reads the checklist macro's parameters ({@code checklist}, {@code mode}, {@code sections}, {@code title},
 * {@code reveal}, {@code confidential}),
 * from the macro browser or from the page's storage format alike. Never throws for bad input.
 */
public final class ChecklistParameters {
    public static final String MACRO_NAME = "cop-readiness-checklist";
    static final String CHECKLIST = "checklist";
    static final String MODE = "mode";
    static final String SECTIONS = "sections";
    static final String TITLE = "title";
    static final String REVEAL = "reveal";
    static final String CONFIDENTIAL = "confidential";

    private final Catalog catalog;

    public ChecklistParameters(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Either settings or the first problem found: exactly one is present. */
    public record Parsed(Optional<ChecklistSettings> settings, Optional<ParameterProblem> problem) {
    }

    public Parsed parse(Map<String, String> parameters) {
        String checklistValue = value(parameters, CHECKLIST).orElse(ChecklistName.DEFAULT);
        Optional<String> checklist = ChecklistName.parse(checklistValue);
        if (checklist.isEmpty()) {
            return problem(new ParameterProblem(CHECKLIST, checklistValue, List.of(ChecklistName.rule())));
        }
        String modeValue = value(parameters, MODE).orElse(ChecklistMode.PERSONAL.parameterValue());
        Optional<ChecklistMode> mode = ChecklistMode.fromParameterValue(modeValue);
        if (mode.isEmpty()) {
            return problem(new ParameterProblem(MODE, modeValue, ChecklistMode.parameterValues()));
        }
        Set<String> sections = value(parameters, SECTIONS).map(ChecklistParameters::keys).orElse(Set.of());
        List<String> known = catalog.readinessSections().stream().map(ReadinessSection::key).toList();
        List<String> unknown = sections.stream().filter(section -> !known.contains(section)).toList();
        if (!unknown.isEmpty()) {
            return problem(new ParameterProblem(SECTIONS, String.join(", ", unknown), known));
        }
        String revealValue = value(parameters, REVEAL).orElse(ChecklistReveal.AFTER_ANSWER.parameterValue());
        Optional<ChecklistReveal> reveal = ChecklistReveal.fromParameterValue(revealValue);
        if (reveal.isEmpty()) {
            return problem(new ParameterProblem(REVEAL, revealValue, ChecklistReveal.parameterValues()));
        }
        String confidentialValue = value(parameters, CONFIDENTIAL).orElse("false");
        if (!"true".equals(confidentialValue) && !"false".equals(confidentialValue)) {
            return problem(new ParameterProblem(CONFIDENTIAL, confidentialValue, List.of("false", "true")));
        }
        boolean confidential = Boolean.parseBoolean(confidentialValue);
        if (confidential && mode.get() == ChecklistMode.SHARED) {
            // A team answer has an author by nature: it cannot be confidential.
            return problem(ParameterProblem.conflict(CONFIDENTIAL, confidentialValue, MODE, modeValue));
        }
        return new Parsed(Optional.of(new ChecklistSettings(checklist.get(), mode.get(), List.copyOf(sections),
                value(parameters, TITLE), reveal.get(), confidential)), Optional.empty());
    }

    private static Parsed problem(ParameterProblem problem) {
        return new Parsed(Optional.empty(), Optional.of(problem));
    }

    private static Set<String> keys(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(key -> !key.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Optional<String> value(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
