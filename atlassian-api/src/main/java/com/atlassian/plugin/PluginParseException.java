package com.atlassian.plugin;

/** confluence-api.md §2.10 and VERIFIED.md §9: PluginParseException (class extends PluginException). */
public class PluginParseException extends PluginException {
    public PluginParseException() {
        super();
    }

    public PluginParseException(String message) {
        super(message);
    }

    public PluginParseException(Throwable cause) {
        super(cause);
    }

    public PluginParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
