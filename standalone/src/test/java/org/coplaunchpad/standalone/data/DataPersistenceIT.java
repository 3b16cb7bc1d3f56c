package org.coplaunchpad.standalone.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's H2 database keeps everything across restarts; --reset starts again from the demo. */
class DataPersistenceIT {
    @TempDir
    Path data;

    @Test
    void pages_and_settings_survive_a_restart_and_the_demo_is_not_seeded_twice() {
        int pagesBeforeRestart;
        try (StandaloneHost first = TestHosts.start(data)) {
            assertTrue(first.seededDemo());
            first.site().pages().create(DemoData.SPACE_KEY, null, "Written before the restart", "<p>kept</p>", "alice");
            first.site().users().setLocale("bruno", Locale.ENGLISH);
            pagesBeforeRestart = first.site().pages().inSpace(DemoData.SPACE_KEY).size();
        }
        try (StandaloneHost second = TestHosts.start(data)) {
            assertFalse(second.seededDemo());
            assertEquals("<p>kept</p>", second.site().pages().find(DemoData.SPACE_KEY, "Written before the restart")
                    .orElseThrow().body());
            assertEquals(Locale.ENGLISH, second.site().users().find("bruno").orElseThrow().locale());
            assertEquals(pagesBeforeRestart, second.site().pages().inSpace(DemoData.SPACE_KEY).size());
        }
    }

    @Test
    void reset_recreates_the_demo_data() {
        java.util.Map<String, String> demoTree;
        try (StandaloneHost first = TestHosts.start(data)) {
            demoTree = tree(first);
            first.site().pages().create(DemoData.SPACE_KEY, null, "Scratch", "<p>gone after reset</p>", "alice");
        }
        try (StandaloneHost reset = StandaloneHost.start(TestHosts.config(data).withReset(true))) {
            assertTrue(reset.seededDemo());
            assertTrue(reset.site().pages().find(DemoData.SPACE_KEY, "Scratch").isEmpty());
            assertTrue(reset.site().pages().find(DemoData.SPACE_KEY, DemoData.CHILD_PAGE).isPresent());
            assertEquals(demoTree, tree(reset), "the blueprint made the same tree again");
            assertEquals(DemoData.PARENT_PAGE, reset.site().pages().find(reset.site().pages()
                    .find(DemoData.SPACE_KEY, DemoData.TEAM_PAGE).orElseThrow().parentId()).orElseThrow().title());
        }
    }

    /** Each demo page's title and its parent's title. */
    private static java.util.Map<String, String> tree(StandaloneHost host) {
        java.util.Map<String, String> tree = new java.util.LinkedHashMap<>();
        for (Page page : host.site().pages().inSpace(DemoData.SPACE_KEY)) {
            tree.put(page.title(), page.parentId() == null ? "" : host.site().pages().find(page.parentId())
                    .orElseThrow().title());
        }
        return tree;
    }
}
