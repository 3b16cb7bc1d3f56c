package org.coplaunchpad.standalone.hosting.services;

import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The web resources required while one page is built, in order, each once: they become link/script tags. */
public final class RequiredWebResources implements WebResourceAssembler, RequiredResources {
    private final Set<String> completeKeys = new LinkedHashSet<>();

    @Override
    public RequiredResources resources() {
        return this;
    }

    @Override
    public RequiredResources requireWebResource(String completeKey) {
        if (completeKey == null || !completeKey.contains(":")) {
            throw new IllegalArgumentException("A web-resource complete key is pluginKey:moduleKey, not " + completeKey);
        }
        completeKeys.add(completeKey);
        return this;
    }

    public List<String> completeKeys() {
        return List.copyOf(completeKeys);
    }
}
