/*
 * The storage-format editor's Insert macro dialog: the chosen macro's fields become a well-formed
 * <ac:structured-macro> inserted at the cursor of the textarea, as Confluence's macro browser inserts a macro.
 */
(function () {
    'use strict';

    function xml(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }

    function value(field) {
        if (field.type === 'checkbox') {
            if (field.checked) {
                return 'true';
            }
            return field.getAttribute('data-default') === 'true' ? 'false' : '';
        }
        return field.value.trim();
    }

    /** The storage format of the macro described by one fieldset of the dialog. */
    function markup(fieldset) {
        var out = '<ac:structured-macro ac:name="' + xml(fieldset.getAttribute('data-macro-name'))
            + '" ac:schema-version="1">';
        fieldset.querySelectorAll('[data-param]').forEach(function (field) {
            var v = value(field);
            if (v !== '') {
                out += '<ac:parameter ac:name="' + xml(field.getAttribute('data-param')) + '">' + xml(v) + '</ac:parameter>';
            }
        });
        if (fieldset.getAttribute('data-rich-text-body') === 'true') {
            out += '<ac:rich-text-body><p></p></ac:rich-text-body>';
        }
        return out + '</ac:structured-macro>';
    }

    function insertAtCursor(textarea, text) {
        var start = textarea.selectionStart, end = textarea.selectionEnd;
        textarea.setRangeText('\n' + text + '\n', start, end, 'end');
        textarea.focus();
        textarea.dispatchEvent(new Event('input', {bubbles: true}));
    }

    function init() {
        var dialog = document.getElementById('macro-browser-dialog');
        var textarea = document.getElementById('storage-editor');
        var open = document.getElementById('insert-macro-button');
        if (!dialog || !textarea || !open) {
            return;
        }
        var select = document.getElementById('macro-browser-select');
        var forms = dialog.querySelectorAll('.host-macro-form');

        function current() {
            return dialog.querySelector('.host-macro-form[data-macro-name="' + select.value + '"]');
        }

        function showChosen() {
            forms.forEach(function (form) {
                form.hidden = form !== current();
            });
        }

        select.addEventListener('change', showChosen);
        open.addEventListener('click', function () {
            showChosen();
            dialog.showModal();
        });
        document.getElementById('macro-cancel-button').addEventListener('click', function () {
            dialog.close();
        });
        document.getElementById('macro-insert-button').addEventListener('click', function () {
            insertAtCursor(textarea, markup(current()));
            dialog.close();
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
