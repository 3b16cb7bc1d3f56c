package com.atlassian.confluence.pages;

/**
 * VERIFIED.md "Page events (issue 12)": the enum PageUpdateEvent's constructor takes (its interface
 * OperationTrigger and method lowerCase() are left out: the app never reads a trigger).
 */
public enum PageUpdateTrigger {
    PERSONAL_TASKLIST,
    VIEW_PAGE,
    EDIT_PAGE,
    REVERT,
    DISCARD_CHANGES,
    SPACE_CREATE,
    PAGE_RENAME,
    LINK_REFACTORING,
    UNKNOWN
}
