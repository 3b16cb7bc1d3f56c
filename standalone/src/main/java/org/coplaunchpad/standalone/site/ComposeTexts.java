package org.coplaunchpad.standalone.site;

import java.util.Locale;
import java.util.Map;

/** The host's words for creating, editing and administering (create dialog, editor, history, spaces), en and fr. */
final class ComposeTexts {
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            // key -> { English, French }; {0}, {1} are replaced by arguments
            Map.entry("create", new String[] {"Create", "Créer"}),
            Map.entry("create.heading", new String[] {"Create in {0}", "Créer dans {0}"}),
            Map.entry("create.choose", new String[] {"What do you want to create?", "Que voulez-vous créer ?"}),
            Map.entry("blank", new String[] {"Blank page", "Page vierge"}),
            Map.entry("blank.desc", new String[] {"Start from an empty page.", "Partir d'une page vide."}),
            Map.entry("title", new String[] {"Title", "Titre"}),
            Map.entry("title.required", new String[] {"Give the page a title.", "Donnez un titre à la page."}),
            Map.entry("title.taken", new String[] {"A page with this title already exists in this space.",
                    "Une page porte déjà ce titre dans cet espace."}),
            Map.entry("blueprint.title.taken", new String[] {
                    "Not created: the space {1} already has a page titled \"{0}\", the title the blueprint gives this page."
                            + " Confluence refuses a second page with the same title in a space.",
                    "Rien n'a été créé : l'espace {1} a déjà une page intitulée « {0} », le titre que le modèle donne à"
                            + " cette page. Confluence refuse deux pages de même titre dans un espace."}),
            Map.entry("blueprint.untitled.exists", new String[] {
                    "Not created: the space {0} has an untitled page. The create dialog sends an empty title for a"
                            + " blueprint without a wizard, and Confluence refuses it as the title of an existing page."
                            + " Give that page a title first.",
                    "Rien n'a été créé : l'espace {0} a une page sans titre. Le dialogue de création envoie un titre vide"
                            + " pour un modèle sans assistant, et Confluence le refuse comme titre d'une page existante."
                            + " Donnez d'abord un titre à cette page."}),
            Map.entry("choose.required", new String[] {"Choose what to create.", "Choisissez ce que vous voulez créer."}),
            Map.entry("edit", new String[] {"Edit", "Modifier"}),
            Map.entry("edit.heading", new String[] {"Editing: {0}", "Modification : {0}"}),
            Map.entry("storage", new String[] {"Content (storage format)", "Contenu (format de stockage)"}),
            Map.entry("save", new String[] {"Save", "Enregistrer"}),
            Map.entry("cancel", new String[] {"Cancel", "Annuler"}),
            Map.entry("insert.macro", new String[] {"Insert macro", "Insérer une macro"}),
            Map.entry("insert", new String[] {"Insert", "Insérer"}),
            Map.entry("macro", new String[] {"Macro", "Macro"}),
            Map.entry("storage.invalid", new String[] {
                    "The page was not saved: its content is not well-formed XHTML ({0}). Correct it and save again.",
                    "La page n'a pas été enregistrée : son contenu n'est pas du XHTML bien formé ({0})."
                            + " Corrigez-le puis enregistrez de nouveau."}),
            Map.entry("version.conflict", new String[] {
                    "The page was not saved: someone saved version {0} meanwhile. Your text is kept below; copy it,"
                            + " reopen the editor and apply your changes again.",
                    "La page n'a pas été enregistrée : quelqu'un a enregistré la version {0} entre-temps. Votre texte est"
                            + " conservé ci-dessous ; copiez-le, rouvrez l'éditeur et appliquez de nouveau vos changements."}),
            Map.entry("history", new String[] {"Page history", "Historique de la page"}),
            Map.entry("history.heading", new String[] {"Page history: {0}", "Historique de la page : {0}"}),
            Map.entry("version", new String[] {"Version", "Version"}),
            Map.entry("changed.by", new String[] {"Changed by", "Modifiée par"}),
            Map.entry("date", new String[] {"Date", "Date"}),
            Map.entry("current", new String[] {"current", "actuelle"}),
            Map.entry("viewing.version", new String[] {"You are viewing version {0} of this page (current version: {1}).",
                    "Vous consultez la version {0} de cette page (version actuelle : {1})."}),
            Map.entry("create.space", new String[] {"Create space", "Créer un espace"}),
            Map.entry("space.key", new String[] {"Space key", "Clé de l'espace"}),
            Map.entry("space.name", new String[] {"Space name", "Nom de l'espace"}),
            Map.entry("space.key.invalid", new String[] {"A space key is 1 to 50 letters or digits.",
                    "Une clé d'espace compte de 1 à 50 lettres ou chiffres."}),
            Map.entry("space.key.taken", new String[] {"A space with this key already exists.",
                    "Un espace porte déjà cette clé."}),
            Map.entry("space.name.required", new String[] {"Give the space a name (up to 200 characters).",
                    "Donnez un nom à l'espace (200 caractères au plus)."}),
            Map.entry("permissions", new String[] {"Space permissions", "Permissions de l'espace"}),
            Map.entry("permissions.heading", new String[] {"Space permissions: {0}", "Permissions de l'espace : {0}"}),
            Map.entry("permissions.user", new String[] {"Username", "Nom d'utilisateur"}),
            Map.entry("permissions.grant", new String[] {"Grant or change a user's permissions",
                    "Accorder ou modifier les permissions d'un utilisateur"}),
            Map.entry("permissions.save", new String[] {"Save permissions", "Enregistrer les permissions"}),
            Map.entry("permissions.saved", new String[] {"Permissions of {0} saved.", "Permissions de {0} enregistrées."}),
            Map.entry("perm.VIEW", new String[] {"View", "Consulter"}),
            Map.entry("perm.EDIT", new String[] {"Add and edit pages", "Ajouter et modifier des pages"}),
            Map.entry("perm.ADMINISTER", new String[] {"Administer the space", "Administrer l'espace"}),
            Map.entry("user.unknown", new String[] {"There is no user {0}.", "Il n'y a pas d'utilisateur {0}."}),
            Map.entry("not.permitted", new String[] {"You are not permitted to do this.",
                    "Vous n'avez pas la permission de faire cela."}));

    private ComposeTexts() {
    }

    static String get(Locale locale, String key, Object... arguments) {
        String[] texts = TEXTS.get(key);
        String text = texts == null ? key : "fr".equals(locale.getLanguage()) ? texts[1] : texts[0];
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
