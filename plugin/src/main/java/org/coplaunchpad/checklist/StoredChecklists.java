package org.coplaunchpad.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.catalog.Catalog;

/**
 * The checklists a page's storage format carries, as their macros' settings: only macros whose parameters are
 * valid (an invalid one renders an error and takes no answer), the first of each checklist name, in document
 * order. Pure: a string in, values out.
 */
public final class StoredChecklists {
    private final ChecklistParameters parameters;

    public StoredChecklists(Catalog catalog) {
        this.parameters = new ChecklistParameters(catalog);
    }

    /** None when the body is empty or not well-formed. */
    public List<ChecklistSettings> in(String storageFormat) {
        List<Map<String, String>> macros;
        try {
            macros = StoredMacros.parameters(storageFormat, ChecklistParameters.MACRO_NAME);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        Map<String, ChecklistSettings> byName = new LinkedHashMap<>();
        for (Map<String, String> macro : macros) {
            parameters.parse(macro).settings().ifPresent(settings -> byName.putIfAbsent(settings.checklist(), settings));
        }
        return new ArrayList<>(byName.values());
    }

    public Optional<ChecklistSettings> named(String storageFormat, String checklist) {
        return in(storageFormat).stream().filter(settings -> settings.checklist().equals(checklist)).findFirst();
    }
}
