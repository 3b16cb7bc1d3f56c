package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.springframework.stereotype.Component;

/** A space's launch settings (its thresholds, when its administrators changed the defaults): the only class that keeps them. */
@Component
public class LaunchSettingsStore {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final AppClock clock;

    public LaunchSettingsStore(@ComponentImport ActiveObjects ao, Transactions transactions, AppClock clock) {
        this.ao = ao;
        this.transactions = transactions;
        this.clock = clock;
    }

    public LaunchThresholds thresholds(String spaceKey) {
        return transactions.read("read the thresholds of a space", () -> {
            LaunchSettingsEntity[] found = ao.find(LaunchSettingsEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey));
            return found.length == 0 ? LaunchThresholds.DEFAULT
                    : new LaunchThresholds(found[0].getMajorityPercent(), found[0].getReadinessPercent(), found[0].getQuorum());
        });
    }

    /** The thresholds of several spaces in one query; spaces without settings get the defaults. */
    public Map<String, LaunchThresholds> thresholds(Collection<String> spaceKeys) {
        Map<String, LaunchThresholds> thresholds = new HashMap<>();
        if (spaceKeys.isEmpty()) {
            return thresholds;
        }
        Object[] keys = spaceKeys.toArray();
        String in = String.join(", ", Collections.nCopies(keys.length, "?"));
        LaunchSettingsEntity[] found = transactions.read("read the thresholds of spaces", () ->
                ao.find(LaunchSettingsEntity.class, Query.select().where("SPACE_KEY IN (" + in + ")", keys)));
        for (LaunchSettingsEntity settings : found) {
            thresholds.put(settings.getSpaceKey(),
                    new LaunchThresholds(settings.getMajorityPercent(), settings.getReadinessPercent(), settings.getQuorum()));
        }
        spaceKeys.forEach(key -> thresholds.putIfAbsent(key, LaunchThresholds.DEFAULT));
        return thresholds;
    }

    public void saveThresholds(String spaceKey, LaunchThresholds thresholds, String userKey) {
        transactions.write("save the thresholds of a space", () -> {
            Date now = Date.from(clock.now());
            LaunchSettingsEntity[] found = ao.find(LaunchSettingsEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey));
            if (found.length == 0) {
                ao.create(LaunchSettingsEntity.class, new DBParam("SPACE_KEY", spaceKey),
                        new DBParam("MAJORITY_PERCENT", thresholds.majorityPercent()),
                        new DBParam("READINESS_PERCENT", thresholds.readinessPercent()),
                        new DBParam("QUORUM", thresholds.quorum()),
                        new DBParam("UPDATED_BY", userKey), new DBParam("UPDATED_AT", now));
            } else {
                found[0].setMajorityPercent(thresholds.majorityPercent());
                found[0].setReadinessPercent(thresholds.readinessPercent());
                found[0].setQuorum(thresholds.quorum());
                found[0].setUpdatedBy(userKey);
                found[0].setUpdatedAt(now);
                found[0].save();
            }
            return null;
        });
    }

    /** Deletes a space's settings; returns the rows deleted. Joins a caller's transaction. */
    int deleteSpace(String spaceKey) {
        return transactions.write("delete the settings of a space", () ->
                ao.deleteWithSQL(LaunchSettingsEntity.class, "SPACE_KEY = ?", spaceKey));
    }
}
