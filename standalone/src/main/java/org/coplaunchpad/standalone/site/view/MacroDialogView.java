package org.coplaunchpad.standalone.site.view;

import java.util.List;

/**
 * The editor's Insert macro dialog ({@code macro-dialog.vm}), as Confluence's macro browser: a choice of the app's
 * macros and, per macro, one field per parameter. {@code site/editor.js} reads the fields' {@code data-} attributes.
 */
public record MacroDialogView(List<Macro> macros) {
    public MacroDialogView {
        macros = List.copyOf(macros);
    }

    /** One macro's form; {@code hidden} for all but the first, which the dialog shows when it opens. */
    public record Macro(String name, String label, String description, boolean richTextBody, boolean hidden,
                        List<Field> fields) {
        public Macro {
            fields = List.copyOf(fields);
        }
    }

    /**
     * One parameter.
     *
     * @param type {@code enum} (a select of {@code options}), {@code boolean} (a checkbox) or {@code string} (text)
     * @param checked a checkbox ticked when the dialog opens
     */
    public record Field(String id, String name, String type, String label, String description, boolean required,
                        String defaultValue, boolean checked, List<Option> options) {
        public Field {
            options = List.copyOf(options);
        }
    }

    public record Option(String value, String label, boolean selected) {
    }
}
