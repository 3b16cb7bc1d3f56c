package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's thresholds form: saved with the summaries of the space's checklists, or refused as typed. */
class ThresholdSettingTest {
    private StoreDatabase database;
    private Stores stores;
    private ThresholdSetting setting;

    @BeforeEach
    void aSpaceWithAnAnsweredChecklist() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        stores = Stores.on(database, new AppClock());
        setting = new ThresholdSetting(stores.settings, stores.summaries);
        stores.registry.register(42L, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        // One yes in three: the item is met at a 30 % majority, not at the default 50 %.
        for (String member : List.of("alice", "bruno", "chloe")) {
            stores.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", member),
                    member.equals("alice") ? Answer.YES : Answer.NO, member, 42L));
        }
        stores.summaries.rebuild();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void valid_thresholds_are_saved_and_the_space_s_summaries_follow_them() {
        long metBefore = stores.summaryStore.every().get(0).scoreNumerator();

        ThresholdSetting.Outcome outcome = setting.save("CDP", "30", "10", "1", "coach");

        assertEquals(new ThresholdSetting.Saved(new LaunchThresholds(30, 10, 1)), outcome);
        assertEquals(new LaunchThresholds(30, 10, 1), stores.settings.thresholds("CDP"));
        assertEquals(stores.summaries.recomputed(), stores.summaryStore.every(),
                "the summary is what a recomputation with the new thresholds gives");
        assertNotEquals(metBefore, stores.summaryStore.every().get(0).scoreNumerator(), "coach is met now");
    }

    @Test
    void a_form_without_the_quorum_keeps_the_stored_one() {
        setting.save("CDP", "60", "80", "4", "coach");

        assertEquals(new ThresholdSetting.Saved(new LaunchThresholds(30, 10, 4)), setting.save("CDP", "30", "10", null,
                "coach"));
    }

    @Test
    void invalid_thresholds_are_refused_as_typed_and_nothing_is_saved() {
        ThresholdSetting.Outcome outcome = setting.save("CDP", "150", null, null, "coach");

        assertEquals(new ThresholdSetting.Refused("150", "",
                Integer.toString(LaunchThresholds.DEFAULT.quorum())), outcome);
        assertEquals(LaunchThresholds.DEFAULT, stores.settings.thresholds("CDP"));
        assertEquals(List.of(), stores.settings.changes("CDP"));
    }
}
