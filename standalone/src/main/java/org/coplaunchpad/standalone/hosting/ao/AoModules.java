package org.coplaunchpad.standalone.hosting.ao;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.java.ao.RawEntity;
import org.coplaunchpad.aohost.AoDatabase;
import org.coplaunchpad.aohost.AoSqlException;
import org.coplaunchpad.aohost.HostTransactions;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.hosting.osgi.PluginBundle;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;
import org.coplaunchpad.standalone.hosting.osgi.PluginSpringContext;

/**
 * The app's {@code <ao>} module on start, as the AO plugin handles it before the app first uses ActiveObjects:
 * its namespace decides the tables ({@code AO_xxxxxx_}, see ao-host), its upgrade tasks run ({@link AoUpgradeTasks}),
 * then its entities are migrated (tables created or extended, never dropped). The AO engine itself is ao-host's;
 * what is host-specific lives here.
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

    /**
     * Runs the upgrade tasks of the app's {@code <ao>} module newer than its stored model version, then migrates its
     * entities in its namespace's database, as AbstractActiveObjectsFactory.create does (the same order, the same
     * database, the migration in a transaction of its own).
     */
    public static void start(AoDatabase database, PluginBundle bundle, PluginDescriptor descriptor,
                             PluginSpringContext context, Settings settings) {
        for (PluginDescriptor.AoModule module : descriptor.aoModules()) {
            start(database, module, name -> entityClass(bundle, name),
                    name -> context.createModule(name, ActiveObjectsUpgradeTask.class, "<ao> upgradeTask"), settings);
        }
    }

    /** One module, its classes loaded and its tasks built by the given functions (the bundle's, or a test's). */
    static void start(AoDatabase database, PluginDescriptor.AoModule module,
                      Function<String, Class<? extends RawEntity<?>>> entityClass,
                      Function<String, ActiveObjectsUpgradeTask> upgradeTask, Settings settings) {
        AoUpgradeTasks.run(module.upgradeTasks(), upgradeTask, database.activeObjects(), database.tablePrefix(),
                settings);
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        for (String entity : module.entities()) {
            entities.add(entityClass.apply(entity));
        }
        try {
            @SuppressWarnings("unchecked")
            Class<? extends RawEntity<?>>[] array = entities.toArray(new Class[0]);
            database.transactions().execute(HostTransactions.Propagation.REQUIRED, false, connection -> {
                database.migrate(array);
                return null;
            });
        } catch (AoSqlException e) {
            throw new PluginLoadException("AO migration of " + module.entities() + " failed: " + e.getMessage(), e);
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
