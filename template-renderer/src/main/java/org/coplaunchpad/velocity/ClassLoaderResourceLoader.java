package org.coplaunchpad.velocity;

import java.io.InputStream;
import org.apache.commons.collections.ExtendedProperties;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;

/**
 * Loads templates from one given class loader (a plugin's, as Confluence does), never the thread context
 * class loader that Velocity's own ClasspathResourceLoader consults. Templates are class-path paths such as
 * {@code templates/panel.vm}; a leading slash is ignored.
 */
final class ClassLoaderResourceLoader extends ResourceLoader {

    private final ClassLoader templates;

    ClassLoaderResourceLoader(ClassLoader templates) {
        this.templates = templates;
    }

    static String resourcePath(String templateName) {
        return templateName.startsWith("/") ? templateName.substring(1) : templateName;
    }

    @Override
    public void init(ExtendedProperties configuration) {
        // Nothing to configure: the class loader is given to the constructor.
    }

    @Override
    public InputStream getResourceStream(String templateName) {
        InputStream stream = templateName == null ? null : templates.getResourceAsStream(resourcePath(templateName));
        if (stream == null) {
            throw new ResourceNotFoundException("No template '" + templateName + "' on the template class loader");
        }
        return stream;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return templateName != null && templates.getResource(resourcePath(templateName)) != null;
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
