package org.coplaunchpad.standalone.hosting.ao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.coplaunchpad.aohost.AoDatabase;
import org.coplaunchpad.standalone.data.Database;
import org.coplaunchpad.standalone.data.HostSchema;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.hosting.osgi.PluginDescriptor;
import org.coplaunchpad.standalone.hosting.osgi.PluginLoadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code <upgradeTask>}s of an {@code <ao>} module as the AO plugin runs them (confluence-api.md §8): in ascending
 * model version, only those newer than the version stored under AO_XXXXXX_#, each in its own transaction, before the
 * module's entities are migrated, once across restarts; two tasks with one version, or a failing task, stop the start
 * and say which.
 */
class AoUpgradeTasksTest {
    private static final String NAMESPACE = "org.example.upgrading-app";

    /** An entity of the module: its table exists only once the module's entities are migrated. */
    @Table("Note")
    public interface NoteEntity extends Entity {
        String getText();

        void setText(String text);
    }

    /** What a task saw when it ran. */
    private record Run(String task, String currentVersion, boolean noteTableExisted, boolean inTransaction) {
    }

    private final List<Run> runs = new ArrayList<>();
    private final Map<String, ActiveObjectsUpgradeTask> tasks = new LinkedHashMap<>();
    private Database database;
    private Settings settings;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        HostSchema.create(database);
        settings = new Settings(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ActiveObjectsUpgradeTask task(String name, String version) {
        return task(name, version, () -> { });
    }

    private ActiveObjectsUpgradeTask task(String name, String version, Runnable work) {
        ActiveObjectsUpgradeTask task = new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                runs.add(new Run(name, currentVersion.toString(), noteTableExists(),
                        database.transactions().currentConnection().isPresent()));
                work.run();
            }
        };
        tasks.put(name, task);
        return task;
    }

    /** A start of the app: a new AO engine on the same database, as after a restart. */
    private void start() {
        PluginDescriptor.AoModule module = new PluginDescriptor.AoModule("answers", NAMESPACE,
                List.of(NoteEntity.class.getName()), List.copyOf(tasks.keySet()));
        try (AoDatabase aoDatabase = AoDatabase.on(database.url(), database.pool(), database.transactions(), NAMESPACE)) {
            AoModules.start(aoDatabase, module, AoUpgradeTasksTest::entity, name -> Optional.ofNullable(tasks.get(name))
                    .orElseThrow(() -> new IllegalArgumentException("no task " + name)), settings);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entity(String name) {
        if (!name.equals(NoteEntity.class.getName())) {
            throw new IllegalArgumentException("no entity " + name);
        }
        return (Class<? extends RawEntity<?>>) (Class<?>) NoteEntity.class;
    }

    private String prefix() {
        return org.coplaunchpad.aohost.TablePrefixes.forNamespace(NAMESPACE);
    }

    private Optional<String> storedVersion() {
        return settings.get(prefix() + "#");
    }

    private boolean noteTableExists() {
        try (Connection connection = database.transactions().connection();
             ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", prefix() + "NOTE", null)) {
            return tables.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> ran() {
        return runs.stream().map(Run::task).toList();
    }

    @Test
    void tasks_run_in_ascending_model_version_whatever_their_order_in_the_descriptor() {
        task("Task010", "10");
        task("Task002", "2");
        task("Task001", "001");

        start();

        assertEquals(List.of("Task001", "Task002", "Task010"), ran());
        assertEquals(List.of("0", "1", "2"), runs.stream().map(Run::currentVersion).toList(),
                "each task is handed the version before it");
        assertEquals(Optional.of("10"), storedVersion(), "kept under AO_XXXXXX_#, as SAL's global settings keep it");
    }

    @Test
    void the_tasks_run_once_across_restarts() {
        task("Task001", "1");
        start();
        start();
        start();

        assertEquals(List.of("Task001"), ran());
    }

    @Test
    void only_tasks_newer_than_the_stored_model_version_run() {
        settings.put(prefix() + "#", "1");
        task("Task001", "1");
        task("Task002", "2");

        start();

        assertEquals(List.of("Task002"), ran());
        assertEquals("1", runs.get(0).currentVersion());
    }

    @Test
    void a_task_added_by_a_later_release_runs_at_the_next_start() {
        task("Task001", "1");
        start();
        task("Task002", "2");

        start();

        assertEquals(List.of("Task001", "Task002"), ran());
    }

    @Test
    void the_tasks_run_before_the_entities_are_migrated_each_in_its_own_transaction() {
        task("Task001", "1");
        task("Task002", "2");

        start();

        assertTrue(runs.stream().noneMatch(Run::noteTableExisted), "a fresh install: the tables do not exist yet");
        assertTrue(runs.stream().allMatch(Run::inTransaction));
        assertTrue(noteTableExists(), "migrated after the tasks");
    }

    @Test
    void two_tasks_with_one_model_version_refuse_the_start() {
        task("TaskA", "3");
        task("TaskB", "03");

        PluginLoadException refused = assertThrows(PluginLoadException.class, this::start);

        assertTrue(refused.getMessage().contains("more than one upgrade tasks with model version 3"), refused.getMessage());
        assertTrue(refused.getMessage().contains("TaskA") && refused.getMessage().contains("TaskB"), refused.getMessage());
        assertEquals(List.of(), ran());
    }

    @Test
    void a_failing_task_stops_the_start_naming_it_and_keeps_the_version_before_it() {
        task("Task001", "1");
        task("Task002", "2", () -> {
            settings.put("written.by.task.2", "rolled back with it");
            throw new IllegalStateException("the data cannot be upgraded");
        });
        task("Task003", "3");

        PluginLoadException refused = assertThrows(PluginLoadException.class, this::start);

        assertTrue(refused.getMessage().contains("Task002") && refused.getMessage().contains("model version 2"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("the data cannot be upgraded"), refused.getMessage());
        assertEquals(List.of("Task001", "Task002"), ran(), "the start stops at the failing task");
        assertEquals(Optional.of("1"), storedVersion());
        assertFalse(settings.get("written.by.task.2").isPresent(), "its transaction was rolled back");
        assertFalse(noteTableExists(), "no migration after a failed upgrade");
    }
}
