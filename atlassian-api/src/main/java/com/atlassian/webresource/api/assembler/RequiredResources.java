package com.atlassian.webresource.api.assembler;

/** confluence-api.md §2.6 RequiredResources (interface; every method returns RequiredResources). */
public interface RequiredResources {
    RequiredResources requireWebResource(String completeKey);
}
