package org.coplaunchpad.standalone.site;

import java.util.Locale;
import java.util.Map;

/** The host's own words (header, login, errors) in the two languages of the demo. */
public final class HostTexts {
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            // key -> { English, French }
            Map.entry("site.name", new String[] {"Confluence (standalone host)", "Confluence (hôte autonome)"}),
            Map.entry("spaces", new String[] {"Spaces", "Espaces"}),
            Map.entry("space.tools", new String[] {"Space tools", "Outils de l'espace"}),
            Map.entry("page.tree", new String[] {"Pages", "Pages"}),
            Map.entry("logout", new String[] {"Log out", "Se déconnecter"}),
            Map.entry("login", new String[] {"Log in", "Se connecter"}),
            Map.entry("login.title", new String[] {"Log in to Confluence", "Se connecter à Confluence"}),
            Map.entry("username", new String[] {"Username", "Nom d'utilisateur"}),
            Map.entry("password", new String[] {"Password", "Mot de passe"}),
            Map.entry("login.failed", new String[] {"Sorry, your username and password are incorrect - please try again.",
                    "Désolé, votre nom d'utilisateur et votre mot de passe sont incorrects. Veuillez réessayer."}),
            Map.entry("language", new String[] {"Language", "Langue"}),
            Map.entry("not.permitted", new String[] {"You are not permitted to view this page.",
                    "Vous n'avez pas la permission de consulter cette page."}),
            Map.entry("not.found", new String[] {"Page not found", "Page introuvable"}),
            Map.entry("no.spaces", new String[] {"You can see no space yet.", "Vous ne voyez encore aucun espace."}),
            Map.entry("logout.confirm", new String[] {"Log out of Confluence?", "Se déconnecter de Confluence ?"}),
            Map.entry("websudo.title", new String[] {"Administrator access", "Accès administrateur"}),
            Map.entry("websudo.text", new String[] {"You have requested access to an administrative function."
                    + " Please confirm your password.", "Vous avez demandé l'accès à une fonction d'administration."
                    + " Veuillez confirmer votre mot de passe."}),
            Map.entry("confirm", new String[] {"Confirm", "Confirmer"}),
            Map.entry("xsrf.failed", new String[] {"Your session has expired or the form was not sent from this site."
                    + " Please retry.", "Votre session a expiré ou le formulaire ne vient pas de ce site. Veuillez réessayer."}),
            Map.entry("aui.missing", new String[] {"AUI is not available (npm was not reachable at build time):"
                    + " plain styles are used.", "AUI n'est pas disponible (npm injoignable au build) : styles simples."}),
            Map.entry("manage.apps", new String[] {"Manage apps", "Gérer les apps"}),
            Map.entry("configure", new String[] {"Configure", "Configurer"}),
            Map.entry("admins.only", new String[] {"Only Confluence administrators can manage apps.",
                    "Seuls les administrateurs de Confluence gèrent les apps."}),
            Map.entry("last.modified", new String[] {"Version {0}, last changed by {1}", "Version {0}, modifiée par {1}"}),
            // The renderer's words (render/RenderTexts), MessageFormat patterns.
            Map.entry("macro.unknown", new String[] {"Unknown macro: ''{0}''", "Macro inconnue : « {0} »"}),
            Map.entry("macro.error", new String[] {"Error rendering macro ''{0}''", "Erreur d''affichage de la macro « {0} »"}),
            Map.entry("macro.expand.title", new String[] {"Click here to expand...", "Cliquez ici pour déplier..."}),
            Map.entry("error.failed", new String[] {"Something went wrong on the site. Try again in a moment; if it"
                    + " persists, tell the site's administrator.", "Une erreur s'est produite sur le site. Réessayez dans"
                    + " un instant ; si elle persiste, prévenez l'administrateur du site."}),
            Map.entry("error.unavailable", new String[] {"The site cannot be used right now. Try again in a moment.",
                    "Le site est indisponible pour le moment. Réessayez dans un instant."}));

    private HostTexts() {
    }

    public static String get(Locale locale, String key) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            return key;
        }
        return "fr".equals(locale.getLanguage()) ? texts[1] : texts[0];
    }
}
