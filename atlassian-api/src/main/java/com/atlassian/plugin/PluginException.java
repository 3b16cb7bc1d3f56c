package com.atlassian.plugin;

/** VERIFIED.md §9: PluginException (class extends RuntimeException), the superclass of PluginParseException. */
public class PluginException extends RuntimeException {
    public PluginException() {
        super();
    }

    public PluginException(String message) {
        super(message);
    }

    public PluginException(Throwable cause) {
        super(cause);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
