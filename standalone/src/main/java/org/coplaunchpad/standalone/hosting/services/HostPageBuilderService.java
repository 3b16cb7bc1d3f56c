package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/**
 * PageBuilderService: the assembler of the page being built on this thread. Outside a page request (a REST
 * call, a test) requirements go to a throwaway assembler, since there is no page to put them in.
 */
public final class HostPageBuilderService implements PageBuilderService {
    @Override
    public WebResourceAssembler assembler() {
        return CurrentRequest.get().map(CurrentRequest::webResources).orElseGet(RequiredWebResources::new);
    }
}
