package org.coplaunchpad.blueprint;

import java.util.function.Predicate;
import org.coplaunchpad.checklist.ChecklistName;

/**
 * One use of the start-up blueprint in a space: its page title and the name of its checklist. Confluence refuses a
 * second page with the same title in a space, and checklists with the same name in a space share their answers, so
 * the n-th use is "Title (n)" with checklist "readiness-n"; the first keeps "Title" and "readiness".
 */
record StartUpUse(int number, String title, String checklistName) {
    /** More uses than this in one space is a mistake worth stopping for, not a reason to loop forever. */
    static final int MAX_USES = 1000;

    static StartUpUse numbered(int number, String baseTitle) {
        return number == 1 ? new StartUpUse(1, baseTitle, ChecklistName.DEFAULT)
                : new StartUpUse(number, baseTitle + " (" + number + ")", ChecklistName.DEFAULT + "-" + number);
    }

    /** The first use whose title no page of the space has and whose checklist nobody in the space answered yet. */
    static StartUpUse firstFree(String baseTitle, Predicate<String> titleTaken, Predicate<String> checklistAnswered) {
        for (int number = 1; number <= MAX_USES; number++) {
            StartUpUse use = numbered(number, baseTitle);
            if (!titleTaken.test(use.title()) && !checklistAnswered.test(use.checklistName())) {
                return use;
            }
        }
        throw new IllegalStateException("The start-up blueprint was already used " + MAX_USES + " times in this space ('"
                + baseTitle + "' to '" + numbered(MAX_USES, baseTitle).title() + "'): rename or remove older pages first");
    }
}
