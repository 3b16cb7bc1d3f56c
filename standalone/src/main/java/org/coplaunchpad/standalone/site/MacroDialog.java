package org.coplaunchpad.standalone.site;

import static org.coplaunchpad.standalone.hosting.render.Html.escape;

import java.util.List;
import org.coplaunchpad.standalone.site.editor.MacroBrowser.Field;
import org.coplaunchpad.standalone.site.editor.MacroBrowser.MacroForm;

/**
 * The editor's Insert macro dialog, as Confluence's macro browser: a choice of the app's macros and, per macro, one
 * field per parameter (enum → select of its values, boolean → checkbox, other → text) with its label and
 * description. editor.js turns the chosen macro's fields into an {@code ac:structured-macro} at the cursor.
 */
final class MacroDialog {
    private MacroDialog() {
    }

    static void append(StringBuilder html, List<MacroForm> macros, String heading, String macroLabel, String insert,
                       String cancel) {
        html.append("<dialog id=\"macro-browser-dialog\" class=\"host-macro-dialog\" aria-labelledby=\"macro-browser-heading\">")
                .append("<form method=\"dialog\" class=\"aui\"><h2 id=\"macro-browser-heading\">").append(escape(heading))
                .append("</h2><div class=\"field-group\"><label for=\"macro-browser-select\">").append(escape(macroLabel))
                .append("</label><select id=\"macro-browser-select\" class=\"select\">");
        for (MacroForm macro : macros) {
            html.append("<option value=\"").append(escape(macro.name())).append("\">").append(escape(macro.label()))
                    .append("</option>");
        }
        html.append("</select></div>");
        boolean first = true;
        for (MacroForm macro : macros) {
            html.append("<fieldset class=\"host-macro-form\" data-macro-name=\"").append(escape(macro.name()))
                    .append("\" data-rich-text-body=\"").append(macro.richTextBody()).append("\"")
                    .append(first ? "" : " hidden").append("><legend>").append(escape(macro.label())).append("</legend>")
                    .append("<p class=\"description host-macro-desc\">").append(escape(macro.description())).append("</p>");
            for (Field field : macro.fields()) {
                field(html, macro.name(), field);
            }
            html.append("</fieldset>");
            first = false;
        }
        html.append("<div class=\"buttons-container\"><div class=\"buttons\"><button type=\"button\" id=\"macro-insert-button\"")
                .append(" class=\"aui-button aui-button-primary\">").append(escape(insert)).append("</button>")
                .append(" <button type=\"button\" id=\"macro-cancel-button\" class=\"aui-button aui-button-link\">")
                .append(escape(cancel)).append("</button></div></div></form></dialog>");
    }

    private static void field(StringBuilder html, String macro, Field field) {
        String id = "macro-param-" + macro + "-" + field.name();
        String common = " id=\"" + escape(id) + "\" name=\"" + escape(field.name()) + "\" data-param=\""
                + escape(field.name()) + "\" data-type=\"" + field.type().name().toLowerCase(java.util.Locale.ROOT)
                + "\" data-default=\"" + escape(field.defaultValue()) + "\" aria-describedby=\"" + escape(id) + "-desc\""
                + (field.required() ? " required" : "");
        html.append("<div class=\"field-group\">");
        switch (field.type()) {
            case ENUM -> {
                label(html, id, field);
                html.append("<select class=\"select\"").append(common).append(">");
                if (!field.required()) {
                    html.append("<option value=\"\"").append(field.defaultValue().isEmpty() ? " selected" : "")
                            .append("></option>");
                }
                for (String value : field.values()) {
                    html.append("<option value=\"").append(escape(value)).append("\"")
                            .append(value.equals(field.defaultValue()) ? " selected" : "").append(">")
                            .append(escape(value)).append("</option>");
                }
                html.append("</select>");
            }
            case BOOLEAN -> {
                html.append("<span class=\"checkbox\"><input type=\"checkbox\" class=\"checkbox\"").append(common)
                        .append("true".equals(field.defaultValue()) ? " checked" : "").append("> ");
                label(html, id, field);
                html.append("</span>");
            }
            case STRING -> {
                label(html, id, field);
                // The default is what the macro uses when the parameter is left out: shown, not inserted.
                html.append("<input type=\"text\" class=\"text\"").append(common).append(" value=\"\" placeholder=\"")
                        .append(escape(field.defaultValue())).append("\">");
            }
        }
        html.append("<div class=\"description\" id=\"").append(escape(id)).append("-desc\">")
                .append(escape(field.description())).append("</div></div>");
    }

    private static void label(StringBuilder html, String id, Field field) {
        html.append("<label for=\"").append(escape(id)).append("\">").append(escape(field.label())).append("</label>");
    }
}
