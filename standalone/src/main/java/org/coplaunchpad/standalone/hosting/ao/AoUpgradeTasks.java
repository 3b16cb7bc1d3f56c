package org.coplaunchpad.standalone.hosting.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;

/**
 * The {@code <upgradeTask>}s of an {@code <ao>} module, run as the AO plugin runs them, before its automatic
 * migration (activeobjects-plugin 5.2.1: ActiveObjectModuleDescriptor, ActiveObjectUpgradeManagerImpl,
 * SalModelVersionManager; confluence-api.md §8). Each class (the element's text) is built as the caller says (the
 * app's Spring context, by constructor autowiring: {@link AoModules}); the tasks are sorted by model version, two with one version refuse the start; only
 * those newer than the namespace's stored model version run, each in its own transaction on the app's ActiveObjects,
 * which also stores the task's version, so that a failed task leaves the version before it and runs again at the
 * next start. The version is kept where SAL's global settings keep it, under {@code AO_XXXXXX_#}, in the host's
 * settings.
 */
public final class AoUpgradeTasks {
    /** ActiveObjectsSettingKeys.MODEL_VERSION, after the prefix and its separator. */
    private static final String MODEL_VERSION = "#";

    private record Task(String className, ActiveObjectsUpgradeTask task, ModelVersion version) {
    }

    private AoUpgradeTasks() {
    }

    /** "AO_XXXXXX_#": the table prefix ({@code AO_XXXXXX_}, separator included) and "#". */
    public static String modelVersionKey(String tablePrefix) {
        return tablePrefix + MODEL_VERSION;
    }

    /** The namespace's stored model version, 0 when none is stored (a fresh install). */
    public static ModelVersion storedVersion(Settings settings, String tablePrefix) {
        return ModelVersion.valueOf(settings.get(modelVersionKey(tablePrefix)).orElse(null));
    }

    /** Builds, orders and runs the tasks newer than the stored model version; a failing task stops the start. */
    public static void run(List<String> classNames, Function<String, ActiveObjectsUpgradeTask> build,
                           ActiveObjects ao, String tablePrefix, Settings settings) {
        List<Task> tasks = new ArrayList<>();
        for (String className : classNames) {
            ActiveObjectsUpgradeTask task = build.apply(className);
            tasks.add(new Task(className, task, task.getModelVersion()));
        }
        tasks.sort(Comparator.comparing(Task::version));
        for (int i = 1; i < tasks.size(); i++) {
            if (tasks.get(i - 1).version().compareTo(tasks.get(i).version()) == 0) {
                throw new PluginLoadException("There are more than one upgrade tasks with model version "
                        + tasks.get(i).version() + ": " + tasks.get(i - 1).className() + " and " + tasks.get(i).className());
            }
        }
        ModelVersion current = storedVersion(settings, tablePrefix);
        for (Task task : tasks) {
            if (current.compareTo(task.version()) < 0) {
                current = upgrade(task, current, ao, tablePrefix, settings);
            }
        }
    }

    private static ModelVersion upgrade(Task task, ModelVersion current, ActiveObjects ao, String tablePrefix,
                                        Settings settings) {
        try {
            return ao.executeInTransaction(() -> {
                task.task().upgrade(current, ao);
                settings.put(modelVersionKey(tablePrefix), task.version().toString());
                return task.version();
            });
        } catch (RuntimeException e) {
            // A LinkageError goes on to the bundle's check, which names the package the bundle failed to import.
            throw new PluginLoadException("The AO upgrade task " + task.className() + " (model version "
                    + task.version() + ", from " + current + ") failed: " + e, e);
        }
    }
}
