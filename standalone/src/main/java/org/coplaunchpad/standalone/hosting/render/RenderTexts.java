package org.coplaunchpad.standalone.hosting.render;

/**
 * The words the renderer writes itself (unknown macro, macro error, expand's default title), in the viewer's
 * language, as Confluence takes them from the current user's i18n bean. The site supplies them; {@code {0}} is the
 * macro's name.
 */
@FunctionalInterface
public interface RenderTexts {
    String UNKNOWN_MACRO = "macro.unknown";
    String MACRO_ERROR = "macro.error";
    String EXPAND_TITLE = "macro.expand.title";

    /** The text for the key in the current viewer's language, its arguments in place. */
    String format(String key, Object... arguments);
}
