package com.atlassian.confluence.event.events.admin;

import com.atlassian.confluence.event.events.ConfluenceEvent;
import com.atlassian.confluence.importexport.ImportContext;
import java.util.Objects;

/**
 * VERIFIED.md "Page events (issue 12)": a package-private abstract class in Confluence too; its public getters
 * are reached through AsyncImportFinishedEvent. A site import is one without a space key, as in Confluence.
 * The context is transient there: on another cluster node it is null.
 */
abstract class AbstractAsyncImportEvent extends ConfluenceEvent {
    private final boolean siteImport;
    private final transient ImportContext importContext;

    public AbstractAsyncImportEvent(Object source, ImportContext importContext) {
        super(source);
        this.siteImport = Objects.requireNonNull(importContext).getSpaceKeyOfSpaceImport() == null;
        this.importContext = importContext;
    }

    public ImportContext getImportContext() {
        return importContext;
    }

    public boolean isSiteImport() {
        return siteImport;
    }
}
