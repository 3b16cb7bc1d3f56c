package com.atlassian.confluence.pages;

/**
 * confluence-api.md §2.7 Page (public class extends AbstractPage, implicit public constructor); VERIFIED.md §6 and
 * "Blueprint page titles (issue 9)". Declared only as the return type of {@link PageManager#getPage(String, String)}:
 * the app never subclasses it; only the standalone host does.
 */
public class Page extends AbstractPage {
    public Page() {
    }
}
