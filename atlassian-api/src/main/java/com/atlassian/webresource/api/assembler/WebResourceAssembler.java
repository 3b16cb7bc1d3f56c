package com.atlassian.webresource.api.assembler;

/** confluence-api.md §2.6 WebResourceAssembler (interface). */
public interface WebResourceAssembler {
    RequiredResources resources();
}
