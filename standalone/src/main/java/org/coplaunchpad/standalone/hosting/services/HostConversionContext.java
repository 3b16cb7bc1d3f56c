package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.Space;

/**
 * ConversionContext for rendering a page: only the members atlassian-api declares, because the app links only
 * against those. Output type "display" is a page viewed in a browser; the entity is the page being rendered.
 */
public record HostConversionContext(String outputType, String spaceKey, ContentEntityObject entity)
        implements ConversionContext {

    /** Viewing a stored page. */
    public static HostConversionContext display(Page page, Space space) {
        return new HostConversionContext("display", space.key(), new HostPage(page, new HostSpace(space)));
    }

    /** Content that is not a stored page (a preview, a test): there is no entity, as Confluence allows. */
    public static HostConversionContext display(String spaceKey) {
        return new HostConversionContext("display", spaceKey, null);
    }

    @Override
    public String getOutputType() {
        return outputType;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public ContentEntityObject getEntity() {
        return entity;
    }
}
