package org.coplaunchpad.standalone.hosting.osgi;

/**
 * The host refused the app's bundle, for a reason a developer can act on; the message says what to fix.
 * Confluence would refuse (or fail) the same bundle, so this is a packaging error, not a host error.
 */
public class PluginLoadException extends RuntimeException {
    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
