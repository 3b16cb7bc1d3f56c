package org.coplaunchpad.standalone.hosting.blueprint;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The title Confluence gives a blueprint's page, read as create-content 18.7.17 reads it
 * ({@code DefaultBlueprintContentGenerator}, cited in atlassian-api/VERIFIED.md "Blueprint page titles (issue 9)"):
 * {@value #CONTENT_PAGE_TITLE} of the map the context provider <em>returned</em>; when blank, the template's name if
 * {@value #USE_TEMPLATE_NAME} is true, else the empty title; prefixed by {@value #PARENT_PAGE_TITLE} and " - " when
 * that is set. The title typed in the create dialog, else {@code title} of the request's own context, replaces it
 * when not blank. No other key is read: a {@code title} in the returned map is ignored.
 */
final class BlueprintPageTitle {
    static final String CONTENT_PAGE_TITLE = "ContentPageTitle";
    static final String PARENT_PAGE_TITLE = "ParentPageTitle";
    static final String USE_TEMPLATE_NAME = "UsePageTemplateNameForTitle";
    /** The request context's key for a title a wizard collected (DefaultBlueprintContentGenerator reads "title"). */
    static final String REQUEST_TITLE = "title";

    private BlueprintPageTitle() {
    }

    /**
     * @param returned what the content template's context provider returned
     * @param request the request's context as it is after the provider ran (a provider may have changed it)
     * @param dialogTitle the title typed in the create dialog (empty for a blueprint without a wizard)
     * @param templateName the content template's name, as Confluence shows it (site default language)
     */
    static String of(Map<String, Object> returned, Map<String, Object> request, String dialogTitle,
                     Supplier<String> templateName) {
        String title = generated(returned, templateName);
        String custom = isBlank(dialogTitle) ? string(request, REQUEST_TITLE) : dialogTitle;
        return isBlank(custom) ? title : custom;
    }

    private static String generated(Map<String, Object> returned, Supplier<String> templateName) {
        String title = string(returned, CONTENT_PAGE_TITLE);
        if (isBlank(title)) {
            Object useName = returned.get(USE_TEMPLATE_NAME);
            boolean useTemplateName = useName instanceof Boolean b ? b : Boolean.parseBoolean(string(returned, USE_TEMPLATE_NAME));
            if (!useTemplateName) {
                return "";
            }
            title = templateName.get();
        }
        String prefix = string(returned, PARENT_PAGE_TITLE);
        return isBlank(prefix) ? title : prefix + " - " + title;
    }

    /** Confluence casts these values to String: anything else fails the creation there, so it fails here. */
    private static String string(Map<String, Object> context, String key) {
        Object value = context.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalStateException("The blueprint context's " + key + " is a " + value.getClass().getName()
                + ", not a String: Confluence's create-content plugin fails the creation (ClassCastException)");
    }

    /** StringUtils.isBlank: null, empty or only whitespace. */
    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
