package org.coplaunchpad.standalone.hosting.render;

import java.text.MessageFormat;

/**
 * The words the renderer writes itself (unknown macro, macro error, expand's default title), in the viewer's
 * language, as Confluence takes them from the current user's i18n bean. Values are {@link MessageFormat} patterns.
 */
@FunctionalInterface
public interface RenderTexts {
    String UNKNOWN_MACRO = "macro.unknown";
    String MACRO_ERROR = "macro.error";
    String EXPAND_TITLE = "macro.expand.title";

    /** The pattern for the key in the current viewer's language. */
    String pattern(String key);

    default String format(String key, Object... arguments) {
        return MessageFormat.format(pattern(key), arguments);
    }
}
