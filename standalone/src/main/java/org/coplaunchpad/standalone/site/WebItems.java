package org.coplaunchpad.standalone.site;

import com.atlassian.sal.api.message.I18nResolver;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.standalone.hosting.osgi.PluginBundle;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor.ConditionRef;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor.WebItemModule;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;
import org.coplaunchpad.standalone.data.Permissions;
import org.coplaunchpad.standalone.data.Space;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.hosting.web.WebItemCondition;

/**
 * The app's web-items in the space tools menu (sections system.space.tools/*). As in Confluence, each condition
 * class is loaded through the app's bundle (so the bundle must import its package) and configured from its params
 * once, at start; a condition the host does not implement stops the start rather than showing an item Confluence
 * would hide. Links are Velocity templates, rendered by {@link LinkTemplates}.
 */
final class WebItems {
    record Visible(String key, String label, String href) {
    }

    private record Condition(WebItemCondition condition, boolean invert) {
    }

    private record Item(WebItemModule module, List<Condition> conditions) {
    }

    private static final String HOST_CONDITIONS = "com.atlassian.confluence.plugin.descriptor.web.conditions."
            + "{HasSpaceCondition, SpacePermissionCondition}";

    private final List<Item> items;
    private final Permissions permissions;
    private final I18nResolver i18n;
    private final LinkTemplates links = new LinkTemplates();

    WebItems(PluginBundle bundle, PluginDescriptor descriptor, Permissions permissions, I18nResolver i18n) {
        this.permissions = permissions;
        this.i18n = i18n;
        List<Item> loaded = new ArrayList<>();
        for (WebItemModule module : descriptor.webItems().stream()
                .sorted(Comparator.comparingInt(WebItemModule::weight)).toList()) {
            List<Condition> conditions = new ArrayList<>();
            for (ConditionRef ref : module.conditions()) {
                conditions.add(new Condition(condition(bundle, module, ref), ref.invert()));
            }
            loaded.add(new Item(module, List.copyOf(conditions)));
        }
        this.items = List.copyOf(loaded);
    }

    private static WebItemCondition condition(PluginBundle bundle, WebItemModule module, ConditionRef ref) {
        Class<?> type = bundle.loadClass(ref.className(), "web-item " + module.key() + " condition");
        if (!WebItemCondition.class.isAssignableFrom(type)) {
            throw new PluginLoadException("web-item " + module.key() + ": condition " + ref.className()
                    + " is not supported by the standalone host (it implements " + HOST_CONDITIONS + ")");
        }
        try {
            WebItemCondition condition = (WebItemCondition) type.getDeclaredConstructor().newInstance();
            condition.init(ref.params());
            return condition;
        } catch (IllegalArgumentException e) {
            throw new PluginLoadException("web-item " + module.key() + ": " + e.getMessage(), e);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new PluginLoadException("web-item " + module.key() + ": condition " + ref.className()
                    + " could not be created: " + cause, cause);
        }
    }

    List<Visible> spaceTools(Optional<User> user, Space space, Locale locale, String contextPath) {
        WebItemCondition.Subject subject = new WebItemCondition.Subject(user, Optional.of(space), permissions);
        return items.stream()
                .filter(item -> item.module().section().startsWith("system.space.tools/"))
                .filter(item -> item.conditions().stream()
                        .allMatch(c -> c.condition().shouldDisplay(subject) != c.invert()))
                .map(item -> new Visible(item.module().key(), label(item.module(), locale),
                        href(contextPath, links.render(item.module().key(), item.module().link(), space))))
                .toList();
    }

    /** A link starting with "/" is relative to the context path, as in Confluence; others are left as they are. */
    private static String href(String contextPath, String link) {
        return link.startsWith("/") ? contextPath + link : link;
    }

    private String label(WebItemModule item, Locale locale) {
        if (item.labelKey().isBlank()) {
            return item.labelText();
        }
        return i18n.getText(locale, item.labelKey());
    }
}
