package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.user.User;
import java.util.List;
import java.util.Objects;

/**
 * VERIFIED.md "Page events (issue 12)": public class extends PageEvent, one per move. The new space is
 * getPage().getSpace() (there is no getNewSpace()); the moved pages are the page and its descendants. As in
 * Confluence, the old space comes from the old parent when not given.
 */
public class PageMoveEvent extends PageEvent {
    private final Space oldSpace;
    private final List<Page> movedPageList;

    public PageMoveEvent(Object source, Page movedPage, List<Page> movedPageList, Space oldSpace, Page oldParentPage,
                         Integer oldPosition, User theMover, boolean movedBecauseOfParent) {
        super(source, movedPage, false);
        this.oldSpace = Objects.requireNonNull(oldSpace != null ? oldSpace : Objects.requireNonNull(oldParentPage).getSpace());
        this.movedPageList = movedPageList;
    }

    public Space getOldSpace() {
        return oldSpace;
    }

    public List<Page> getMovedPageList() {
        return movedPageList;
    }
}
