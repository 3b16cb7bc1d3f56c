package org.coplaunchpad;

/** Identity of the app, as declared in atlassian-plugin.xml and the bundle manifest. */
public final class App {
    /** Plugin key, Bundle-SymbolicName and Atlassian-Plugin-Key (set by the build from the same property). */
    public static final String PLUGIN_KEY = "org.coplaunchpad.cop-launchpad";

    private App() {
    }

    /** The complete key of one of our modules, e.g. for PageBuilderService.requireWebResource. */
    public static String moduleKey(String moduleKey) {
        return PLUGIN_KEY + ":" + moduleKey;
    }
}
