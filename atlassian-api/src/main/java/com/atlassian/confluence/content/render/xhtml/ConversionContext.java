package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * confluence-api.md §2.2 ConversionContext (interface). Only the members the app calls are declared;
 * the app never implements this type, so a partial declaration links.
 */
public interface ConversionContext {
    /** "display", "preview", "pdf", "word", "email", "feed", "html_export", "diff". */
    String getOutputType();

    String getSpaceKey();

    /** The page or blog post being rendered; null when there is none (VERIFIED.md §10). */
    ContentEntityObject getEntity();
}
