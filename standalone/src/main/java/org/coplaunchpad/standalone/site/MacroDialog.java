package org.coplaunchpad.standalone.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coplaunchpad.standalone.site.editor.MacroBrowser.Field;
import org.coplaunchpad.standalone.site.editor.MacroBrowser.FieldType;
import org.coplaunchpad.standalone.site.editor.MacroBrowser.MacroForm;
import org.coplaunchpad.standalone.site.view.MacroDialogView;

/**
 * The editor's Insert macro dialog, as Confluence's macro browser shows the app's macros ({@code macro-dialog.vm}):
 * a choice of macros and, per macro, one field per parameter (enum → select of its values, boolean → checkbox,
 * other → text) with its label and description. editor.js turns the chosen macro's fields into an
 * {@code ac:structured-macro} at the cursor.
 */
final class MacroDialog {
    private MacroDialog() {
    }

    static MacroDialogView view(List<MacroForm> macros) {
        List<MacroDialogView.Macro> forms = new ArrayList<>();
        for (MacroForm macro : macros) {
            // The first macro is the select's first option: its form shows when the dialog opens.
            forms.add(new MacroDialogView.Macro(macro.name(), macro.label(), macro.description(), macro.richTextBody(),
                    !forms.isEmpty(), macro.fields().stream().map(field -> field(macro.name(), field)).toList()));
        }
        return new MacroDialogView(forms);
    }

    private static MacroDialogView.Field field(String macro, Field field) {
        List<MacroDialogView.Option> options = new ArrayList<>();
        if (field.type() == FieldType.ENUM) {
            if (!field.required()) {
                // An optional choice can be left out: the macro then uses its default.
                options.add(new MacroDialogView.Option("", "", field.defaultValue().isEmpty()));
            }
            for (String value : field.values()) {
                options.add(new MacroDialogView.Option(value, value, value.equals(field.defaultValue())));
            }
        }
        return new MacroDialogView.Field("macro-param-" + macro + "-" + field.name(), field.name(),
                field.type().name().toLowerCase(Locale.ROOT), field.label(), field.description(), field.required(),
                field.defaultValue(), field.type() == FieldType.BOOLEAN && "true".equals(field.defaultValue()), options);
    }
}
