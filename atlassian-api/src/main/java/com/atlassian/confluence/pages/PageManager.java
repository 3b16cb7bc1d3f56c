package com.atlassian.confluence.pages;

/** confluence-api.md §2.7 PageManager (interface); VERIFIED.md §6: the page or blog post with an id, null if none. */
public interface PageManager {
    AbstractPage getAbstractPage(long id);
}
