package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/**
 * confluence-api.md §2.10 and VERIFIED.md §9: ContextProvider (interface). The app implements it (the blueprint's
 * context provider), so both abstract methods are declared.
 */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
