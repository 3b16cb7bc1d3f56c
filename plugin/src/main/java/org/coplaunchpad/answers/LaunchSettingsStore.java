package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Saves a space's thresholds and, when they change, records who changed them, when, old → new, in the same
     * transaction (the decisions' history lists them: a verdict is read against the thresholds of its time).
     */
    public void saveThresholds(String spaceKey, LaunchThresholds thresholds, String userKey) {
        transactions.write("save the thresholds of a space", () -> {
            Date now = Date.from(clock.now());
            LaunchSettingsEntity[] found = ao.find(LaunchSettingsEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey));
            LaunchThresholds before = found.length == 0 ? LaunchThresholds.DEFAULT : new LaunchThresholds(
                    found[0].getMajorityPercent(), found[0].getReadinessPercent(), found[0].getQuorum());
            if (!before.equals(thresholds)) {
                ao.create(ThresholdChangeEntity.class, new DBParam("SPACE_KEY", spaceKey),
                        new DBParam("CHANGED_BY", userKey), new DBParam("CHANGED_AT", now),
                        new DBParam("OLD_MAJORITY", before.majorityPercent()),
                        new DBParam("OLD_READINESS", before.readinessPercent()), new DBParam("OLD_QUORUM", before.quorum()),
                        new DBParam("NEW_MAJORITY", thresholds.majorityPercent()),
                        new DBParam("NEW_READINESS", thresholds.readinessPercent()),
                        new DBParam("NEW_QUORUM", thresholds.quorum()));
            }
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

    /** The changes of a space's thresholds, newest first. One query. */
    public List<ThresholdChange> changes(String spaceKey) {
        return transactions.read("read the threshold changes of a space", () -> Arrays.stream(ao.find(
                ThresholdChangeEntity.class, Query.select().where("SPACE_KEY = ?", spaceKey).order("ID DESC")))
                .map(change -> new ThresholdChange(Optional.ofNullable(change.getChangedBy()),
                        change.getChangedAt().toInstant(),
                        new LaunchThresholds(change.getOldMajority(), change.getOldReadiness(), change.getOldQuorum()),
                        new LaunchThresholds(change.getNewMajority(), change.getNewReadiness(), change.getNewQuorum())))
                .toList());
    }

    /** Deletes a space's settings and their changes; returns the rows deleted. Joins a caller's transaction. */
    int deleteSpace(String spaceKey) {
        return transactions.write("delete the settings of a space", () ->
                ao.deleteWithSQL(LaunchSettingsEntity.class, "SPACE_KEY = ?", spaceKey)
                        + ao.deleteWithSQL(ThresholdChangeEntity.class, "SPACE_KEY = ?", spaceKey));
    }

    /**
     * A removed user's changes stay, by "a removed user"; the settings they saved last are by a former member
     * (UPDATED_BY is NOT NULL). Returns the rows changed. Joins a caller's transaction.
     */
    int forgetUser(String userKey) {
        return transactions.write("forget who changed thresholds", () -> {
            int changed = 0;
            for (ThresholdChangeEntity change : ao.find(ThresholdChangeEntity.class, Query.select()
                    .where("CHANGED_BY = ?", userKey))) {
                change.setChangedBy(null);
                change.save();
                changed++;
            }
            for (LaunchSettingsEntity settings : ao.find(LaunchSettingsEntity.class, Query.select()
                    .where("UPDATED_BY = ?", userKey))) {
                settings.setUpdatedBy(AnswerKey.FORMER_MEMBER);
                settings.save();
                changed++;
            }
            return changed;
        });
    }
}
