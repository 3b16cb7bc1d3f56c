package org.coplaunchpad.blueprint;

import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.HashMap;
import java.util.Map;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;

/**
 * Fills the start-up blueprint's templates in the creating user's language: the page title (from the
 * {@code titleKey} parameter of each content template) and the language. The templates' texts themselves are
 * {@code <at:i18n>} keys, resolved by Confluence in the same language.
 */
public class StartUpContextProvider implements ContextProvider {
    static final String TITLE_KEY_PARAMETER = "titleKey";

    private final ViewerTexts viewerTexts;
    /** Set once from the descriptor when the module is loaded: configuration, not state. */
    private String titleKey = "cop-launchpad.blueprint.decide.title";

    public StartUpContextProvider(ViewerTexts viewerTexts) {
        this.viewerTexts = viewerTexts;
    }

    @Override
    public void init(Map<String, String> params) throws PluginParseException {
        if (params != null && params.get(TITLE_KEY_PARAMETER) != null) {
            titleKey = params.get(TITLE_KEY_PARAMETER);
        }
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Texts texts = viewerTexts.current();
        Map<String, Object> filled = new HashMap<>(context == null ? Map.of() : context);
        filled.put("title", texts.get(titleKey));
        filled.put("language", texts.languageTag());
        return filled;
    }
}
