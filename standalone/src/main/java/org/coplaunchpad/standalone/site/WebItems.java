package org.coplaunchpad.standalone.site;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.coplaunchpad.standalone.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.osgi.PluginDescriptor.ConditionRef;
import org.coplaunchpad.standalone.osgi.PluginDescriptor.WebItemModule;
import org.coplaunchpad.standalone.osgi.PluginLoadException;
import org.coplaunchpad.standalone.store.Permissions;
import org.coplaunchpad.standalone.store.Space;
import org.coplaunchpad.standalone.store.SpacePermission;
import org.coplaunchpad.standalone.store.User;

/**
 * The app's web-items in the space tools menu (sections system.space.tools/*), with the Confluence conditions
 * the host evaluates itself. A condition class the host does not know stops the start, rather than showing
 * an item Confluence would hide.
 */
final class WebItems {
    record Visible(String label, String href) {
    }

    private record Subject(Optional<User> user, Optional<Space> space) {
    }

    private static final String CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions.";

    private final List<WebItemModule> items;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final Map<String, BiPredicate<Subject, Map<String, String>>> conditions;

    WebItems(PluginDescriptor descriptor, Permissions permissions, I18nResolver i18n) {
        this.items = descriptor.webItems().stream().sorted(Comparator.comparingInt(WebItemModule::weight)).toList();
        this.permissions = permissions;
        this.i18n = i18n;
        this.conditions = Map.of(
                CONDITIONS + "HasSpaceCondition", (s, p) -> s.space().isPresent(),
                CONDITIONS + "SpacePermissionCondition", (s, p) -> s.space().isPresent()
                        && permissions.has(s.user(), permission(p.get("permission")), s.space().get().key()),
                CONDITIONS + "SpaceSidebarCondition", (s, p) -> true,
                CONDITIONS + "UserLoggedInCondition", (s, p) -> s.user().isPresent(),
                CONDITIONS + "ConfluenceAdministratorCondition", (s, p) -> permissions.isConfluenceAdministrator(s.user()));
        for (WebItemModule item : items) {
            for (ConditionRef condition : item.conditions()) {
                if (!conditions.containsKey(condition.className())) {
                    throw new PluginLoadException("web-item " + item.key() + ": condition " + condition.className()
                            + " is not supported by the standalone host (supported: " + Set.copyOf(conditions.keySet()) + ")");
                }
                if (condition.className().endsWith("SpacePermissionCondition")) {
                    permission(condition.params().get("permission"));
                }
            }
        }
    }

    private static SpacePermission permission(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "view" -> SpacePermission.VIEW;
            case "edit" -> SpacePermission.EDIT;
            case "administer" -> SpacePermission.ADMINISTER;
            default -> throw new PluginLoadException("SpacePermissionCondition: permission must be view, edit or"
                    + " administer, not " + name);
        };
    }

    List<Visible> spaceTools(Optional<User> user, Space space, Locale locale, String contextPath) {
        Subject subject = new Subject(user, Optional.of(space));
        return items.stream()
                .filter(item -> item.section().startsWith("system.space.tools/"))
                .filter(item -> item.conditions().stream().allMatch(c ->
                        conditions.get(c.className()).test(subject, c.params()) != c.invert()))
                .map(item -> new Visible(label(item, locale), contextPath + link(item.link(), space)))
                .toList();
    }

    private String label(WebItemModule item, Locale locale) {
        if (item.labelKey().isBlank()) {
            return item.labelText();
        }
        return i18n.getText(locale, item.labelKey());
    }

    /** The Velocity the descriptors' links use, reduced to what space-tools links need. */
    static String link(String link, Space space) {
        String key = StorageLinks.encode(space.key());
        return link.replace("$htmlUtil.urlEncode($space.key)", key)
                .replace("$generalUtil.urlEncode($space.key)", key)
                .replace("${space.key}", key)
                .replace("$space.key", key);
    }
}
