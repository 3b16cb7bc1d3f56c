package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.core.BodyContent;

/** A stored page's body as Confluence hands it out: a copy holding the storage format. */
final class HostBodyContent extends BodyContent {
    private final String body;

    HostBodyContent(String body) {
        this.body = body == null ? "" : body;
    }

    @Override
    public String getBody() {
        return body;
    }
}
