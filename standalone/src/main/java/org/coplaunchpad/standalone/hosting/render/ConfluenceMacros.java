package org.coplaunchpad.standalone.hosting.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;
import java.util.Optional;

/**
 * Confluence's own container macros that pages wrap content in, so that an app's macro inside one still renders:
 * {@code expand}, {@code panel}, {@code info}, {@code note}, {@code tip}, {@code warning}, {@code details}. Their
 * classes are Confluence's (confluence-8.7.2 bundled plugins: advanced-macros PanelMacro/AbstractPanelMacro,
 * information-plugin *Macro, masterdetail DetailsMacro, expand-macro ExpandMacro); their soy templates are not
 * in the decompiled sources, so the markup around the classes is plain. Colour and icon parameters are ignored.
 */
final class ConfluenceMacros {
    private final RenderTexts texts;

    ConfluenceMacros(RenderTexts texts) {
        this.texts = texts;
    }

    Optional<Macro> find(String name) {
        return Optional.ofNullable(switch (name) {
            case "panel" -> container(ConfluenceMacros::panel);
            case "info" -> information("confluence-information-macro-information", "aui-message-hint");
            case "note" -> information("confluence-information-macro-note", "aui-message-warning");
            case "tip" -> information("confluence-information-macro-tip", "aui-message-success");
            case "warning" -> information("confluence-information-macro-warning", "aui-message-error");
            case "expand" -> container(this::expand);
            case "details" -> container(ConfluenceMacros::details);
            default -> null;
        });
    }

    /** AbstractPanelMacro: a header only with a title, a content div only with a body. */
    private static String panel(Map<String, String> parameters, String body) {
        String title = parameters.get("title");
        return "<div class=\"panel\" style=\"border-width: 1px;\">"
                + (isBlank(title) ? "" : "<div class=\"panelHeader\" style=\"border-bottom-width: 1px;\"><b>"
                + Html.escape(title) + "</b></div>")
                + (isBlank(body) ? "" : "<div class=\"panelContent\">\n" + body.trim() + "\n</div>")
                + "</div>";
    }

    /** AbstractInformationMacro's data: title, the macro's class and the AUI message class it maps to. */
    private static Macro information(String macroClass, String messageClass) {
        return container((parameters, body) -> {
            String title = parameters.get("title");
            return "<div class=\"confluence-information-macro " + macroClass + " aui-message " + messageClass + "\">"
                    + (isBlank(title) ? "" : "<p class=\"title\">" + Html.escape(title) + "</p>")
                    + "<div class=\"confluence-information-macro-body\">" + body + "</div></div>";
        });
    }

    /**
     * ExpandMacro: the title from "title", else the default parameter, else the default text. A {@code <details>}
     * element so that it opens without Confluence's script.
     */
    private String expand(Map<String, String> parameters, String body) {
        String title = parameters.containsKey("title") ? parameters.get("title")
                : parameters.containsKey("0") ? parameters.get("0") : texts.format(RenderTexts.EXPAND_TITLE);
        return "<details class=\"expand-container\"><summary class=\"expand-control\"><span class=\"expand-control-text\">"
                + Html.escape(title) + "</span></summary><div class=\"expand-content\">" + body + "</div></details>";
    }

    /** DetailsMacro (page properties): its body in a div, nothing when {@code hidden=true}. */
    private static String details(Map<String, String> parameters, String body) {
        return Boolean.parseBoolean(parameters.get("hidden")) ? ""
                : "<div class=\"plugin-tabmeta-details\">" + body + "</div>";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private interface Body {
        String render(Map<String, String> parameters, String body);
    }

    /** A block macro with a rich-text body, whose body arrives already rendered (and the page's part sanitised). */
    private static Macro container(Body markup) {
        return new Macro() {
            @Override
            public String execute(Map<String, String> parameters, String body, ConversionContext context) {
                return markup.render(parameters, body == null ? "" : body);
            }

            @Override
            public BodyType getBodyType() {
                return BodyType.RICH_TEXT;
            }

            @Override
            public OutputType getOutputType() {
                return OutputType.BLOCK;
            }
        };
    }
}
