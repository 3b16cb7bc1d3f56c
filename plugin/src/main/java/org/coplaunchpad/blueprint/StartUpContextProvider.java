package org.coplaunchpad.blueprint;

import com.atlassian.confluence.pages.PageManager;
import com.atlassian.plugin.PluginParseException;
import com.atlassian.plugin.web.ContextProvider;
import java.util.HashMap;
import java.util.Map;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.macro.ViewerTexts;

/**
 * Fills the "Se décider" template of the start-up blueprint in the creating user's language. Confluence's
 * create-content plugin takes the page title only from {@value #CONTENT_PAGE_TITLE} of the map returned here
 * (BlueprintContextKeys.CONTENT_PAGE_TITLE) and refuses a title the space already has, so the title and the
 * checklist name ({@code <at:var at:name="checklistName"/>}) are numbered per use in the space (see {@link StartUpUse}).
 * The texts of the template are {@code <at:i18n>} keys, resolved by Confluence in the same language.
 */
public class StartUpContextProvider implements ContextProvider {
    static final String TITLE_KEY_PARAMETER = "titleKey";
    /** BlueprintContextKeys.CONTENT_PAGE_TITLE: the key create-content reads the page title from. */
    static final String CONTENT_PAGE_TITLE = "ContentPageTitle";
    /** BlueprintContextKeys.SPACE_KEY: the space the create dialog creates in. */
    static final String SPACE_KEY = "spaceKey";
    /** The at:var of se-decider.xml that names the page's checklist. */
    static final String CHECKLIST_NAME = "checklistName";

    private final ViewerTexts viewerTexts;
    private final PageManager pageManager;
    private final AnswerStore answers;
    /** Set once from the descriptor when the module is loaded: configuration, not state. */
    private String titleKey = "cop-launchpad.blueprint.decide.title";

    public StartUpContextProvider(ViewerTexts viewerTexts, PageManager pageManager, AnswerStore answers) {
        this.viewerTexts = viewerTexts;
        this.pageManager = pageManager;
        this.answers = answers;
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
        StartUpUse use = use(texts.get(titleKey), filled.get(SPACE_KEY));
        filled.put(CONTENT_PAGE_TITLE, use.title());
        filled.put(CHECKLIST_NAME, use.checklistName());
        filled.put("language", texts.languageTag());
        return filled;
    }

    private StartUpUse use(String baseTitle, Object spaceKey) {
        if (!(spaceKey instanceof String key) || key.isBlank()) {
            // Without the space nothing can be checked; Confluence then refuses a duplicate title rather than
            // letting two pages share a checklist.
            return StartUpUse.numbered(1, baseTitle);
        }
        return StartUpUse.firstFree(baseTitle, title -> pageManager.getPage(key, title) != null,
                checklist -> answers.hasAnswers(key, checklist));
    }
}
