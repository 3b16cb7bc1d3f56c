package org.coplaunchpad.standalone.site.view;

/**
 * The storage-format editor ({@code editor.vm}): the title and the text the user is editing, the version they
 * started from, and the Insert macro dialog ({@code macro-dialog.vm}, rendered with its own view).
 *
 * @param error empty, or why the last save was refused (the form then shows the user's title and text)
 */
public record EditorView(String action, String token, long pageId, int originalVersion, String title, String storage,
                         String cancelHref, String error, String macroDialogHtml) {
}
