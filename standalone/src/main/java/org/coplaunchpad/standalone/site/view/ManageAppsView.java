package org.coplaunchpad.standalone.site.view;

/**
 * "Manage apps" ({@code manage-apps.vm}): the one installed app.
 *
 * @param configureHref the app's configure.url under the context path; empty when it declares none
 */
public record ManageAppsView(String pluginKey, String name, String version, String description,
                             String configureHref) {
}
