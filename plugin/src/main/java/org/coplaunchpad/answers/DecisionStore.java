package org.coplaunchpad.answers;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.springframework.stereotype.Component;

/**
 * The launch decisions of a space's checklists: recorded, listed newest first, never edited (a new decision
 * supersedes the last). Holds no state: on a Data Center cluster, nodes share only the database.
 */
@Component
public class DecisionStore {
    private final ActiveObjects ao;
    private final Transactions transactions;
    private final AppClock clock;

    public DecisionStore(@ComponentImport ActiveObjects ao, Transactions transactions, AppClock clock) {
        this.ao = ao;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records a decision now; joins the caller's transaction (a decision on the open round closes it first). */
    public RecordedDecision record(NewDecision decision) {
        return transactions.write("record a launch decision", () -> decision(ao.create(LaunchDecisionEntity.class,
                new DBParam("SPACE_KEY", decision.spaceKey()), new DBParam("CHECKLIST", decision.checklist()),
                new DBParam("ROUND_NUMBER", decision.roundNumber()), new DBParam("DECISION", decision.decision()),
                new DBParam("RATIONALE", decision.rationale().isEmpty() ? null : decision.rationale()),
                new DBParam("CONDITION_LINES", decision.conditions().isEmpty() ? null
                        : String.join("\n", decision.conditions())),
                new DBParam("DECIDED_BY", decision.decidedBy()), new DBParam("DECIDED_AT", Date.from(clock.now())))));
    }

    /** The decision in force: the last recorded for the checklist, if any. One query. */
    public Optional<RecordedDecision> latest(String spaceKey, String checklist) {
        return transactions.read("read the latest launch decision", () -> Arrays.stream(ao.find(
                LaunchDecisionEntity.class, Query.select().where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist)
                        .order("ID DESC").limit(1))).findFirst().map(DecisionStore::decision));
    }

    /** Every decision of the checklist, newest first. One query. */
    public List<RecordedDecision> history(String spaceKey, String checklist) {
        return transactions.read("read the launch decisions of a checklist", () -> Arrays.stream(ao.find(
                LaunchDecisionEntity.class, Query.select().where("SPACE_KEY = ? AND CHECKLIST = ?", spaceKey, checklist)
                        .order("ID DESC"))).map(DecisionStore::decision).toList());
    }

    /** The decision in force on a checklist, as the institution overview lists it (no rationale, no conditions). */
    public record InForce(String spaceKey, String checklist, int roundNumber, String decision, Instant decidedAt) {
    }

    /**
     * The decision in force on every checklist of the institution that has one, in one query (the overview filters
     * on it before paging). Reads each decision's short columns only; decisions are few, one per round at most.
     */
    public List<InForce> inForceOnEveryChecklist() {
        return transactions.read("read the decisions in force", () -> {
            Map<String, InForce> latest = new LinkedHashMap<>();
            for (LaunchDecisionEntity row : ao.find(LaunchDecisionEntity.class,
                    Query.select("ID, SPACE_KEY, CHECKLIST, ROUND_NUMBER, DECISION, DECIDED_AT").order("ID ASC"))) {
                latest.put(row.getSpaceKey() + '\u0000' + row.getChecklist(), new InForce(row.getSpaceKey(),
                        row.getChecklist(), row.getRoundNumber(), row.getDecision(), row.getDecidedAt().toInstant()));
            }
            return List.copyOf(latest.values());
        });
    }

    /** Deletes a space's decisions; returns the rows deleted. Joins a caller's transaction. */
    int deleteSpace(String spaceKey) {
        return transactions.write("delete the decisions of a space", () ->
                ao.deleteWithSQL(LaunchDecisionEntity.class, "SPACE_KEY = ?", spaceKey));
    }

    /** A removed user's decisions stay, by "a removed user"; returns the rows changed. Joins a caller's transaction. */
    int forgetDecider(String userKey) {
        return transactions.write("forget who decided", () -> {
            LaunchDecisionEntity[] decided = ao.find(LaunchDecisionEntity.class, Query.select()
                    .where("DECIDED_BY = ?", userKey));
            for (LaunchDecisionEntity decision : decided) {
                decision.setDecidedBy(null);
                decision.save();
            }
            return decided.length;
        });
    }

    private static RecordedDecision decision(LaunchDecisionEntity row) {
        String conditions = row.getConditionLines();
        return new RecordedDecision(row.getID(), row.getSpaceKey(), row.getChecklist(), row.getRoundNumber(),
                row.getDecision(), row.getRationale() == null ? "" : row.getRationale(),
                conditions == null || conditions.isEmpty() ? List.of() : List.of(conditions.split("\n")),
                Optional.ofNullable(row.getDecidedBy()), row.getDecidedAt().toInstant());
    }
}
