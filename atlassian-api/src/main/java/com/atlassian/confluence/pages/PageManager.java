package com.atlassian.confluence.pages;

import com.atlassian.confluence.spaces.Space;
import java.util.List;

/**
 * confluence-api.md §2.7 PageManager (interface); VERIFIED.md §6: the page or blog post with an id, null if none;
 * VERIFIED.md "Blueprint page titles (issue 9)": the current page of a space with a title (compared ignoring case),
 * null if none; VERIFIED.md "Page events (issue 12)": a space's pages, only the current ones when asked.
 */
public interface PageManager {
    AbstractPage getAbstractPage(long id);

    Page getPage(String spaceKey, String pageTitle);

    List<Page> getPages(Space space, boolean currentOnly);
}
