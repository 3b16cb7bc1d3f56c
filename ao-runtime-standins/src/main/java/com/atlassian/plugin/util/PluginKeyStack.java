package com.atlassian.plugin.util;

/** No-op stand-in for atlassian-plugins' PluginKeyStack, called by AO 6.1.1 (see README). */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
