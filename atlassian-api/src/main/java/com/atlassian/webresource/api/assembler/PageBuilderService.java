package com.atlassian.webresource.api.assembler;

/** confluence-api.md §2.6 PageBuilderService (interface, webresource-api 6.1.1). */
public interface PageBuilderService {
    WebResourceAssembler assembler();
}
