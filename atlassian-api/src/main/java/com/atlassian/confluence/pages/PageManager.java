package com.atlassian.confluence.pages;

/**
 * confluence-api.md §2.7 PageManager (interface); VERIFIED.md §6: the page or blog post with an id, null if none;
 * VERIFIED.md "Blueprint page titles (issue 9)": the current page of a space with a title (compared ignoring case),
 * null if none.
 */
public interface PageManager {
    AbstractPage getAbstractPage(long id);

    Page getPage(String spaceKey, String pageTitle);
}
