package com.atlassian.confluence.importexport;

/** VERIFIED.md "Page events (issue 12)": a deprecated interface; only the member the app reads. */
@Deprecated
public interface ImportContext {
    /** The imported space's key, null for a site import. */
    String getSpaceKeyOfSpaceImport();
}
