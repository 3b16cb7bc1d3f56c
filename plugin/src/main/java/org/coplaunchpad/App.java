package org.coplaunchpad;

/** Identity of the app, as declared in atlassian-plugin.xml and the bundle manifest. */
public final class App {
    /** Plugin key, Bundle-SymbolicName and Atlassian-Plugin-Key (set by the build from the same property). */
    public static final String PLUGIN_KEY = "org.coplaunchpad.cop-launchpad";

    /**
     * The {@code <ao namespace>} of our Active Objects module. It fixes the table prefix (AO_ + hash of it), so it
     * must never change once released, whatever the bundle's symbolic name becomes.
     */
    public static final String AO_NAMESPACE = PLUGIN_KEY;

    private App() {
    }

    /** The complete key of one of our modules, e.g. for PageBuilderService.requireWebResource. */
    public static String moduleKey(String moduleKey) {
        return PLUGIN_KEY + ":" + moduleKey;
    }
}
