package com.atlassian.confluence.event.events.admin;

import com.atlassian.confluence.importexport.ImportContext;

/**
 * VERIFIED.md "Page events (issue 12)": public class extends the package-private AbstractAsyncImportEvent,
 * published once per imported space after a space or site restore, which publish no page events.
 */
public class AsyncImportFinishedEvent extends AbstractAsyncImportEvent {
    public AsyncImportFinishedEvent(Object source, ImportContext importContext) {
        super(source, importContext);
    }
}
