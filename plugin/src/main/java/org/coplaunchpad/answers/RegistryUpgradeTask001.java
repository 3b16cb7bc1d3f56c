package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;

/**
 * Model version 1, the checklist registry: registers the checklists of every page that has answers (or history),
 * so that checklists answered before the registry existed are listed at once. Declared as {@code <upgradeTask>} in
 * atlassian-plugin.xml; the AO plugin builds it by constructor autowiring and runs it once, in its own transaction,
 * before its own migration (confluence-api.md §8): so it creates the tables first.
 */
public class RegistryUpgradeTask001 implements ActiveObjectsUpgradeTask {
    private final CarriedChecklists carriedChecklists;
    private final AppClock clock;

    public RegistryUpgradeTask001(CarriedChecklists carriedChecklists, AppClock clock) {
        this.carriedChecklists = carriedChecklists;
        this.clock = clock;
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    /** Uses only the ActiveObjects handed in: the app's ActiveObjects service waits for these tasks to finish. */
    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // At model version 1 the answers were ticks: this task reads them as that release declared them.
        ao.migrate(TickAnswerEntity.class, TickChangeEntity.class, LaunchSettingsEntity.class, ChecklistPageEntity.class,
                RefusedMoveEntity.class);
        Set<Long> answeredPages = new TreeSet<>();
        ao.stream(TickAnswerEntity.class, Query.select("ID, PAGE_ID"), answer -> answeredPages.add(answer.getPageId()));
        ao.stream(TickChangeEntity.class, Query.select("ID, PAGE_ID"), change -> answeredPages.add(change.getPageId()));
        RegistryRows rows = new RegistryRows(ao);
        Instant now = clock.now();
        for (long pageId : answeredPages) {
            if (pageId > 0) {
                carriedChecklists.ofPage(pageId).ifPresent(page ->
                        rows.replacePage(page.pageId(), page.spaceKey(), page.checklists(), now));
            }
        }
    }
}
