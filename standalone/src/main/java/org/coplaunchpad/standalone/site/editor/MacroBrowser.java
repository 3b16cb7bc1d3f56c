package org.coplaunchpad.standalone.site.editor;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.coplaunchpad.standalone.hosting.osgi.DescriptorXml;
import org.w3c.dom.Element;

/**
 * What Confluence's macro browser shows for the app's {@code xhtml-macro} modules: each macro's label and description,
 * and one field per {@code <parameter>} (enum → choice of its values, boolean → checkbox, anything else → text), with
 * the i18n keys Confluence uses ({@code <pluginKey>.<macro>.label}, {@code ….param.<name>.label}, {@code ….desc}).
 */
public final class MacroBrowser {
    public enum FieldType { ENUM, BOOLEAN, STRING }

    /** One parameter of one macro as the dialog asks for it. */
    public record Field(String name, FieldType type, String label, String description, boolean required,
                        String defaultValue, List<String> values) {
        public Field {
            values = List.copyOf(values);
        }
    }

    /** One macro as the dialog offers it; {@code richTextBody} when its class renders a rich-text body. */
    public record MacroForm(String name, String label, String description, boolean richTextBody, List<Field> fields) {
        public MacroForm {
            fields = List.copyOf(fields);
        }
    }

    private record ParameterSpec(String name, String type, boolean required, String defaultValue, List<String> values) {
    }

    private record MacroSpec(String name, List<ParameterSpec> parameters) {
    }

    private final String pluginKey;
    private final List<MacroSpec> macros;
    private final I18nResolver i18n;
    private final Function<String, Optional<Macro.BodyType>> bodyTypes;

    /**
     * @param bodyTypes the body type of the installed macro with this name (read from the macro instance, as
     *                  Confluence's macro metadata does)
     */
    public MacroBrowser(byte[] descriptorXml, I18nResolver i18n, Function<String, Optional<Macro.BodyType>> bodyTypes) {
        Element root = DescriptorXml.document(descriptorXml).getDocumentElement();
        this.pluginKey = root.getAttribute("key");
        List<MacroSpec> specs = new ArrayList<>();
        for (Element macro : DescriptorXml.children(root, "xhtml-macro")) {
            List<ParameterSpec> parameters = new ArrayList<>();
            for (Element group : DescriptorXml.children(macro, "parameters")) {
                for (Element parameter : DescriptorXml.children(group, "parameter")) {
                    parameters.add(new ParameterSpec(parameter.getAttribute("name"), parameter.getAttribute("type"),
                            Boolean.parseBoolean(parameter.getAttribute("required")), parameter.getAttribute("default"),
                            DescriptorXml.children(parameter, "value").stream().map(v -> v.getAttribute("name")).toList()));
                }
            }
            specs.add(new MacroSpec(macro.getAttribute("name"), List.copyOf(parameters)));
        }
        this.macros = List.copyOf(specs);
        this.i18n = i18n;
        this.bodyTypes = bodyTypes;
    }

    /** Every macro of the app, in descriptor order, in the user's language. */
    public List<MacroForm> forms(Locale locale) {
        return macros.stream().map(macro -> form(macro, locale)).toList();
    }

    private MacroForm form(MacroSpec macro, Locale locale) {
        String prefix = pluginKey + "." + macro.name();
        List<Field> fields = macro.parameters().stream().map(p -> new Field(p.name(), type(p.type()),
                text(locale, prefix + ".param." + p.name() + ".label", p.name()),
                text(locale, prefix + ".param." + p.name() + ".desc", ""), p.required(), p.defaultValue(),
                type(p.type()) == FieldType.ENUM ? p.values() : List.of())).toList();
        boolean rich = bodyTypes.apply(macro.name()).map(t -> t == Macro.BodyType.RICH_TEXT).orElse(false);
        return new MacroForm(macro.name(), text(locale, prefix + ".label", macro.name()),
                text(locale, prefix + ".desc", ""), rich, fields);
    }

    private static FieldType type(String type) {
        return switch (type == null ? "" : type.trim().toLowerCase(Locale.ROOT)) {
            case "enum" -> FieldType.ENUM;
            case "boolean" -> FieldType.BOOLEAN;
            default -> FieldType.STRING;
        };
    }

    /** The text for a key; the fallback when the app has none (the resolver then answers the key itself). */
    private String text(Locale locale, String key, String fallback) {
        String text = i18n.getText(locale, key);
        return text == null || text.equals(key) ? fallback : text;
    }
}
