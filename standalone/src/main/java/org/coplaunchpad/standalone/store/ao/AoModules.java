package org.coplaunchpad.standalone.store.ao;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.coplaunchpad.standalone.osgi.PluginBundle;
import org.coplaunchpad.standalone.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.osgi.PluginLoadException;

/**
 * The app's {@code <ao>} module on start: its entities migrated (tables created or extended, never dropped), as
 * the AO plugin does before the app first uses ActiveObjects.
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

    /** Migrates the entities of the app's {@code <ao>} module with its EntityManager. */
    public static void migrate(EntityManager entityManager, PluginBundle bundle, PluginDescriptor descriptor) {
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
                entityManager.migrate(array);
            } catch (SQLException e) {
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
