package com.atlassian.confluence.core;

/**
 * VERIFIED.md §0 (body API): a content's body, here only its text. A public class implementing Cloneable and
 * Serializable with a public no-arg constructor (DF confluence-8.7.2 core/BodyContent.java); the standalone host
 * subclasses it to hand out a stored page's body.
 */
public class BodyContent implements Cloneable, java.io.Serializable {
    public BodyContent() {
    }

    /** The body as stored: for a page, its storage format (Confluence's XHTML). */
    public String getBody() {
        throw ContentEntityObject.declarationOnly();
    }
}
