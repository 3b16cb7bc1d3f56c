package org.coplaunchpad.standalone.hosting.ao;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.RawEntity;
import org.coplaunchpad.aohost.AoDatabase;
import org.coplaunchpad.aohost.AoSqlException;
import org.coplaunchpad.standalone.hosting.osgi.PluginBundle;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;

/**
 * The app's {@code <ao>} module on start, as the AO plugin handles it before the app first uses ActiveObjects:
 * its namespace decides the tables ({@code AO_xxxxxx_}, see ao-host), its entities are migrated (tables created or
 * extended, never dropped). The AO engine itself is ao-host's; what is host-specific lives here.
 */
public final class AoModules {
    private AoModules() {
    }

    /** The app's AO namespace: its {@code <ao namespace>}, else its plugin key, as the AO plugin decides. */
    public static String namespace(PluginDescriptor descriptor) {
        if (descriptor.aoModules().size() > 1) {
            throw new PluginLoadException("atlassian-plugin.xml declares " + descriptor.aoModules().size()
                    + " <ao> modules; Confluence allows one per app");
        }
        return descriptor.aoModules().stream().findFirst()
                .map(PluginDescriptor.AoModule::namespace).orElse(descriptor.key());
    }

    /** Migrates the entities of the app's {@code <ao>} module in its namespace's database. */
    public static void migrate(AoDatabase database, PluginBundle bundle, PluginDescriptor descriptor) {
        for (PluginDescriptor.AoModule module : descriptor.aoModules()) {
            if (!module.upgradeTasks().isEmpty()) {
                // ActiveObjectsUpgradeTask / ModelVersion are not declared in atlassian-api yet: see NEEDS.md.
                throw new PluginLoadException("<ao> upgrade tasks need ActiveObjectsUpgradeTask and ModelVersion in"
                        + " atlassian-api; the standalone host cannot run " + module.upgradeTasks() + " yet");
            }
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
            for (String entity : module.entities()) {
                entities.add(entityClass(bundle, entity));
            }
            try {
                @SuppressWarnings("unchecked")
                Class<? extends RawEntity<?>>[] array = entities.toArray(new Class[0]);
                database.migrate(array);
            } catch (AoSqlException e) {
                throw new PluginLoadException("AO migration of " + module.entities() + " failed: " + e.getMessage(), e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entityClass(PluginBundle bundle, String name) {
        Class<?> type = bundle.loadClass(name, "<ao> entity");
        if (!RawEntity.class.isAssignableFrom(type)) {
            throw new PluginLoadException("<ao> entity " + name + " does not extend net.java.ao.RawEntity");
        }
        return (Class<? extends RawEntity<?>>) type;
    }
}
