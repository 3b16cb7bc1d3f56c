package org.coplaunchpad.answers;

import java.util.List;
import java.util.Optional;

/**
 * What the registry's upgrade task needs from outside the stores: the checklists a current page carries, read from
 * its stored macros (implemented in registry/, so that answers/ knows nothing of pages or macros).
 */
public interface CarriedChecklists {
    /** Empty when no current (published, not trashed) page has that id. */
    Optional<CarryingPage> ofPage(long pageId);

    /** A current page's space and the checklists it carries (maybe none). */
    record CarryingPage(long pageId, String spaceKey, List<PageChecklist> checklists) {
        public CarryingPage {
            checklists = List.copyOf(checklists);
        }
    }
}
